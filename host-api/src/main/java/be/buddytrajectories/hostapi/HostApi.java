package be.buddytrajectories.hostapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this contract, which a plugin's descriptor names in its {@code requires} range. */
public final class HostApi {

    private static final String VERSION = readVersion();

    private HostApi() {
    }

    /** The semantic version of host-api that this JAR implements, for example {@code 1.0.0}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = HostApi.class.getResourceAsStream("host-api.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("host-api.properties is missing from the host-api JAR", e);
        }
    }
}
