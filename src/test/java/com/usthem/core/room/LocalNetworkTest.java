package com.usthem.core.room;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalNetworkTest {

    @Test
    void onlyAddressesAnotherDeviceCanReachAreOffered() throws Exception {
        for (String reachable : List.of("192.168.1.23", "10.0.4.7", "172.20.0.5", "203.0.113.9")) {
            assertTrue(LocalNetwork.reachableFromTheRoom(InetAddress.getByName(reachable)), reachable);
        }
        for (String unreachable : List.of("127.0.0.1", "169.254.10.1", "224.0.0.251", "0.0.0.0", "::1", "fe80::1",
                "2001:db8::1")) {
            assertFalse(LocalNetwork.reachableFromTheRoom(InetAddress.getByName(unreachable)), unreachable);
        }
    }

    @Test
    void thisMachinesAddressesArePrivateOnesFirst() throws Exception {
        List<InetAddress> addresses = LocalNetwork.addresses();
        assertTrue(addresses.stream().allMatch(LocalNetwork::reachableFromTheRoom), addresses.toString());
        for (int i = 1; i < addresses.size(); i++) {
            assertTrue(addresses.get(i - 1).isSiteLocalAddress() || !addresses.get(i).isSiteLocalAddress(),
                    addresses.toString());
        }
    }
}
