package com.usthem.core.room;

/**
 * Someone who joined the room from a phone: their number, in the order people joined, and the name
 * shown for them — the one they typed, made unique in the room ("Sam (2)"), or "Participant 7".
 */
public record Participant(int number, String name) {
}
