package org.sirocco.detail;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Enumeration;

/**
 * A cheap guess at whether a network is there, without opening a connection (the app never does): some network
 * interface other than loopback is up. Offline laptops then see "copy the link" rather than a browser error.
 */
final class NetworkStatus {

    private NetworkStatus() {
    }

    static boolean looksOnline() {
        try {
            Enumeration<NetworkInterface> all = NetworkInterface.getNetworkInterfaces();
            while (all != null && all.hasMoreElements()) {
                NetworkInterface n = all.nextElement();
                if (n.isUp() && !n.isLoopback() && n.getInetAddresses().hasMoreElements()) {
                    return true;
                }
            }
            return false;
        } catch (SocketException e) {
            return true; // cannot tell: let the user try
        }
    }
}
