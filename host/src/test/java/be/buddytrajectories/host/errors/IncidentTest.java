package be.buddytrajectories.host.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final String TYPED = "Fatima El Amrani <fatima.elamrani@example.org>";

    @Test
    void theLoggedTextNamesEveryExceptionAndWhereItHappenedButNoneOfTheirMessages() {
        IllegalArgumentException cause = new IllegalArgumentException("cannot store " + TYPED);
        IllegalStateException failure = new IllegalStateException("saving " + TYPED + " failed", cause);

        String text = Incident.withoutMessages(failure);

        assertThat(text).contains(IllegalStateException.class.getName())
                .contains("caused by " + IllegalArgumentException.class.getName())
                .contains("at " + IncidentTest.class.getName())
                .doesNotContain("Fatima").doesNotContain("fatima.elamrani@example.org").doesNotContain("failed");
    }

    @Test
    void incidentIdsAreShortDistinctAndEasyToReadAloud() {
        String first = Incident.newId();
        String second = Incident.newId();

        assertThat(first).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(first).isNotEqualTo(second);
    }
}
