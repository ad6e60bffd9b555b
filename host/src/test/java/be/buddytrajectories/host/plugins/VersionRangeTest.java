package be.buddytrajectories.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

    private static boolean contains(String range, String version) {
        return VersionRange.parse(range).contains(PluginVersion.parse(version));
    }

    @Test
    void aHalfOpenRangeTakesItsLowerBoundAndStopsBeforeItsUpperBound() {
        assertThat(contains("[1.0.0,2.0.0)", "1.0.0")).isTrue();
        assertThat(contains("[1.0.0,2.0.0)", "1.9.12")).isTrue();
        assertThat(contains("[1.0.0,2.0.0)", "2.0.0")).isFalse();
        assertThat(contains("[1.0.0,2.0.0)", "0.9")).isFalse();
    }

    @Test
    void openEndsExactVersionsUnionsAndBareVersionsFollowMaven() {
        assertThat(contains("[1.1,)", "7.0")).isTrue();
        assertThat(contains("(,1.0]", "1.0.0")).isTrue();
        assertThat(contains("[1.0.0]", "1.0.1")).isFalse();
        assertThat(contains("[1.0,1.2),[1.5,)", "1.3")).isFalse();
        assertThat(contains("[1.0,1.2),[1.5,)", "1.5.2")).isTrue();
        assertThat(contains("1.0", "1.4")).isTrue();
    }

    @Test
    void numbersCompareAsNumbersAndASnapshotComesBeforeItsRelease() {
        assertThat(PluginVersion.parse("1.10.0")).isGreaterThan(PluginVersion.parse("1.9.0"));
        assertThat(PluginVersion.parse("1.0")).isEqualByComparingTo(PluginVersion.parse("1.0.0"));
        assertThat(PluginVersion.parse("0.1.0-SNAPSHOT")).isLessThan(PluginVersion.parse("0.1.0"));
    }

    @Test
    void malformedRangesAreRejected() {
        for (String bad : new String[] {"[1.0", "[2.0,1.0]", "[,1.0]", "1.0,2.0", "[1.0),(2.0]x", "abc"}) {
            assertThatThrownBy(() -> VersionRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
