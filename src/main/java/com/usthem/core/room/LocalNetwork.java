package com.usthem.core.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The addresses of this computer that phones in the same room can reach: IPv4 addresses of network
 * interfaces that are up, other than loopback, virtual interfaces and point-to-point links (VPNs).
 * A room binds to one of them only, never to every interface.
 */
public final class LocalNetwork {

    private LocalNetwork() {
    }

    /** Private (site-local) addresses first, as a room's Wi-Fi gives; empty when the computer is on no network. */
    public static List<InetAddress> addresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback() && !network.isVirtual() && !network.isPointToPoint()) {
                network.inetAddresses().filter(LocalNetwork::reachableFromTheRoom).forEach(found::add);
            }
        }
        found.sort(Comparator.comparing(address -> !address.isSiteLocalAddress()));
        return found;
    }

    /** An IPv4 address another device can connect to: not loopback, link-local, multicast or the wildcard. */
    static boolean reachableFromTheRoom(InetAddress address) {
        return address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                && !address.isMulticastAddress() && !address.isAnyLocalAddress();
    }
}
