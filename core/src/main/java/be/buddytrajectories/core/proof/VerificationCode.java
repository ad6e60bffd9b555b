package be.buddytrajectories.core.proof;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The verification code of an issued proof: {@link ProofVerification.Limits#CODE_LENGTH} characters drawn from an
 * alphabet of 29 without look-alikes (no 0/O, 1/I/L, U/V), stored bare and read in groups of four.
 */
final class VerificationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(ProofVerification.Limits.CODE_LENGTH);
        for (int i = 0; i < ProofVerification.Limits.CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A typed code in its stored form: case, spaces and dashes do not matter. Empty for anything that cannot be a
     * code (wrong length or a letter outside the alphabet), which then needs no database look-up.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > ProofVerification.Limits.TYPED_LENGTH) {
            return Optional.empty();
        }
        String bare = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (bare.length() != ProofVerification.Limits.CODE_LENGTH
                || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(bare);
    }

    /** As printed and shown: {@code K7QM-4TXP-9D}. */
    static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + 4));
        }
        return out.toString();
    }
}
