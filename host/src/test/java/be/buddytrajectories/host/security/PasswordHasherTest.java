package be.buddytrajectories.host.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(hasher.matches("correct hors".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesASaltedSlowHashNotThePasswordWithOwaspsCountByDefault() {
        String first = PasswordHasher.standard().hash("secret".toCharArray());
        String second = hasher.hash("secret".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$600000$").doesNotContain("secret");
        assertThat(second.split("\\$")[2]).as("the salt").isNotEqualTo(first.split("\\$")[2]);
        assertThat(hasher.hash("secret".toCharArray())).isNotEqualTo(second);
    }

    @Test
    void aStoredValueKeepsItsOwnCountSoAnotherCountStillVerifiesItAndTellsItIsWeaker() {
        String stored = hasher.hash("secret".toCharArray());
        PasswordHasher stronger = new PasswordHasher(PasswordHasher.MIN_ITERATIONS * 3);

        assertThat(stronger.matches("secret".toCharArray(), stored)).isTrue();
        assertThat(stronger.isWeakerThanWanted(stored)).isTrue();
        assertThat(hasher.isWeakerThanWanted(stored)).isFalse();
        assertThat(hasher.isWeakerThanWanted(stronger.hash("secret".toCharArray()))).isFalse();
    }

    @Test
    void fewerIterationsThanTheMinimumAreRefused() {
        assertThatThrownBy(() -> new PasswordHasher(PasswordHasher.MIN_ITERATIONS - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10000");
    }

    @Test
    void aMalformedStoredValueNeverMatches() {
        assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$many$c2FsdA$aGFzaA")).isFalse();
    }
}
