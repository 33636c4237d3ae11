package com.usthem.core.room;

import java.net.URI;

/**
 * How people get into a room, for the projector: the address their phones open (with the room's
 * token in it), the short code that tells this room from others on the network, and both as a QR
 * code to scan.
 */
public record RoomEntrance(URI address, String code) {

    /** The address as a black-on-white QR code PNG, each module this many pixels square (about 10 reads across a room). */
    public byte[] qrPng(int pixelsPerModule) {
        return JoinQrCode.png(address, pixelsPerModule);
    }
}
