package be.buddytrajectories.hostapi;

/**
 * What the host is.
 *
 * @param name           product name, e.g. "Buddy reference host"
 * @param version        the host's own version
 * @param hostApiVersion the version of this contract the host implements
 */
public record HostInfo(String name, String version, String hostApiVersion) {
}
