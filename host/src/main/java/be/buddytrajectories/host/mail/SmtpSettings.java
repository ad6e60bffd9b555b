package be.buddytrajectories.host.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * Where and how the host hands mail to a mail server ({@code host.smtp.*}).
 *
 * @param host     the mail server's name; its certificate must be issued for this name
 * @param port     its port (default by {@code tls}: 587, 465 or 25)
 * @param user     the user to sign in as, or {@code null} for a server that takes mail without signing in
 * @param password that user's password (never logged)
 * @param from     the sender's address on every mail
 * @param tls      how the connection is protected
 */
public record SmtpSettings(String host, int port, String user, String password, String from, Tls tls) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(tls, "tls");
        password = password == null ? "" : password;
    }

    /** How the connection to the mail server is protected ({@code host.smtp.tls}). */
    public enum Tls {
        /** Plain connection upgraded with STARTTLS; a server that does not offer it gets no mail. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        SSL(465),
        /** No TLS at all: only for a relay on the same machine, since the password and mail would travel in clear. */
        NONE(25);

        private final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** {@code starttls}, {@code ssl} or {@code none}, in any case. */
        public static Tls parse(String value) {
            for (Tls tls : values()) {
                if (tls.name().equalsIgnoreCase(value.strip())) {
                    return tls;
                }
            }
            throw new IllegalArgumentException("host.smtp.tls must be starttls, ssl or none, not '" + value + "'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return "smtp://" + host + ":" + port + " (tls " + tls + ", user " + (user == null ? "none" : user)
                + ", from " + from + ")";
    }
}
