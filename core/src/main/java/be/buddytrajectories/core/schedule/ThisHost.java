package be.buddytrajectories.core.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How this host is named to admins among the hosts on one database. */
public final class ThisHost {

    private ThisHost() {
    }

    /** {@code buddy.host.name} when set, else the machine's name followed by {@code detail} (what tells hosts on one machine apart). */
    public static String name(String detail) {
        String name = System.getProperty("buddy.host.name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName() + " " + detail;
        } catch (UnknownHostException e) {
            return "localhost " + detail;
        }
    }
}
