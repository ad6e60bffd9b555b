package be.buddytrajectories.host.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random salt; stored as {@code pbkdf2-sha256$iterations$salt$hash}. Each stored value
 * keeps its own iteration count, so raising the count ({@code host.password.iterations}) leaves every password
 * valid, and {@link #isWeakerThanWanted} tells which ones to hash again at their next sign-in.
 */
public final class PasswordHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /**
     * The lowest count a host accepts. Tests that sign in often run with it: on a JVM limited to its first
     * compiler (as the test hosts are, to start faster) the default takes over a second per sign-in.
     */
    public static final int MIN_ITERATIONS = 10_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("host.password.iterations must be at least " + MIN_ITERATIONS
                    + ", not " + iterations);
        }
        this.iterations = iterations;
    }

    public static PasswordHasher standard() {
        return new PasswordHasher(DEFAULT_ITERATIONS);
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Compares in constant time; a malformed stored value never matches. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX) || storedIterations(stored) < 1) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), storedIterations(stored));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored value was hashed with fewer iterations than this hasher uses. */
    public boolean isWeakerThanWanted(String stored) {
        return storedIterations(stored) < iterations;
    }

    private static int storedIterations(String stored) {
        String[] parts = stored.split("\\$");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
