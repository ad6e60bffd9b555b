package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.person.WeeklySlot;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Short lists kept in one column of a queue item (which lives days, not years, so it gets no tables of its own):
 * codes separated by commas, interests one per line (an interest is a single line).
 */
final class Codes {

    private Codes() {
    }

    static String join(Collection<String> values, String separator) {
        return values.stream().map(String::strip).sorted().collect(Collectors.joining(separator));
    }

    static Set<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(separator)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String slots(Set<WeeklySlot> slots) {
        return join(slots.stream().map(WeeklySlot::code).toList(), ",");
    }

    static Set<WeeklySlot> slots(String joined) {
        return split(joined, ",").stream().map(WeeklySlot::parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
