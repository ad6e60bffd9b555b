package be.buddytrajectories.hostapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostApiTest {

    @Test
    void versionComesFromTheBuild() {
        assertThat(HostApi.version()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void personQueryRejectsAnUnboundedPage() {
        assertThatThrownBy(() -> new PersonQuery(null, null, 0, 5000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonQuery(null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new GeoPoint(91, 3.7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personCopiesItsLists() {
        var languages = new java.util.ArrayList<>(List.of("nl"));
        Person person = new Person(1, PersonKind.VOLUNTEER, "An", "Peeters", null, null, 1980, Gender.F, null,
                "9000", "Gent", null, languages, Set.of(), 1);
        languages.add("fr");
        assertThat(person.languages()).containsExactly("nl");
        assertThat(person.displayName()).isEqualTo("An Peeters");
    }
}
