package be.buddytrajectories.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void aTokenIsUrlSafeBase64Of256RandomBits() {
        String token = SecretTokens.newToken();

        assertThat(token).hasSize(SecretTokens.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(SecretTokens.BYTES * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void tenThousandTokensAreAllDifferent() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(SecretTokens.newToken());
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void theStoredHashIsTheSha256InHexAndNeverContainsTheToken() {
        String token = SecretTokens.newToken();

        assertThat(SecretTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(SecretTokens.hash(token))
                .doesNotContain(token).isNotEqualTo(SecretTokens.hash(SecretTokens.newToken()));
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyTextOfATokensShapeIsLookedUp() {
        assertThat(SecretTokens.wellFormed(SecretTokens.newToken())).isTrue();
        assertThat(SecretTokens.wellFormed(null)).isFalse();
        assertThat(SecretTokens.wellFormed("short")).isFalse();
        assertThat(SecretTokens.wellFormed("' or 1=1 --" + "x".repeat(32))).isFalse();
    }
}
