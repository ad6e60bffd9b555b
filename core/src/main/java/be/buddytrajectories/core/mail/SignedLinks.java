package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links in mails that act without an account (stop a kind of mail, answer a check-in with one click): the link
 * carries what it does and an HMAC-SHA256 of that under the installation's secret, so it cannot be forged or
 * changed. The secret is made at the first use and kept in {@code buddy_link_secret}.
 */
@ApplicationScoped
public class SignedLinks {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** 128 bits of the MAC are enough against guessing and keep the links short. */
    private static final int MAC_BYTES = 16;

    private final BuddyDatabase database;
    private volatile byte[] secret;

    @Inject
    public SignedLinks(BuddyDatabase database) {
        this.database = database;
    }

    /** {@code payload.mac}; the payload must not contain a dot or anything a URL path would change. */
    public String sign(String payload) {
        if (!payload.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("payload must be URL-safe without dots: " + payload);
        }
        return payload + "." + BASE64.encodeToString(mac(payload));
    }

    /** The payload of a link this installation signed, or empty for anything else. */
    public Optional<String> verify(String link) {
        if (link == null) {
            return Optional.empty();
        }
        int dot = link.indexOf('.');
        if (dot <= 0 || dot != link.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = link.substring(0, dot);
        byte[] expected = BASE64.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = link.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[MAC_BYTES];
            System.arraycopy(full, 0, cut, 0, MAC_BYTES);
            return cut;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = HexFormat.of().parseHex(storedOrNewSecret());
            secret = known;
        }
        return known;
    }

    private String storedOrNewSecret() {
        Optional<String> stored = readSecret();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            database.runInTransaction(em -> em.createNativeQuery(
                            "insert into buddy_link_secret (id, secret) values (1, :secret)")
                    .setParameter("secret", HexFormat.of().formatHex(fresh)).executeUpdate());
        } catch (RuntimeException anotherHostWasFirst) {
            // The primary key lets one secret win; read whichever that is.
        }
        return readSecret().orElseThrow(() -> new IllegalStateException("buddy_link_secret holds no secret"));
    }

    private Optional<String> readSecret() {
        return database.inTransaction(em -> {
            List<?> rows = em.createNativeQuery("select secret from buddy_link_secret where id = 1").getResultList();
            return rows.stream().findFirst().map(Object::toString);
        });
    }
}
