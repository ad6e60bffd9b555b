package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("correct horse".toCharArray());

        assertThat(PasswordHasher.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(PasswordHasher.matches("correct hors".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesASaltedSlowHashNotThePassword() {
        String first = PasswordHasher.hash("secret".toCharArray());
        String second = PasswordHasher.hash("secret".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$").doesNotContain("secret");
        assertThat(first).isNotEqualTo(second);
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void aMalformedStoredValueNeverMatches() {
        assertThat(PasswordHasher.matches("x".toCharArray(), "plain-text")).isFalse();
    }
}
