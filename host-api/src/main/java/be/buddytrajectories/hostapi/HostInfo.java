package be.buddytrajectories.hostapi;

import java.net.URI;
import java.util.Objects;

/**
 * What the host is.
 *
 * @param name           product name, e.g. "Buddy reference host"
 * @param version        the host's own version
 * @param hostApiVersion the version of this contract the host implements
 * @param publicAddress  the address at which users reach the host, ending in {@code /}, for links in e-mails
 *                       (e.g. {@code https://buddy.example.org/})
 */
public record HostInfo(String name, String version, String hostApiVersion, URI publicAddress) {

    public HostInfo {
        Objects.requireNonNull(publicAddress, "publicAddress");
        if (!publicAddress.toString().endsWith("/")) {
            publicAddress = URI.create(publicAddress + "/");
        }
    }

    /** A host reached on this machine's port 8080 (tests, and hosts without a public address). */
    public HostInfo(String name, String version, String hostApiVersion) {
        this(name, version, hostApiVersion, URI.create("http://localhost:8080/"));
    }

    /** The absolute address of a path inside the host, e.g. {@code link("n/abc")}. */
    public String link(String path) {
        return publicAddress.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
