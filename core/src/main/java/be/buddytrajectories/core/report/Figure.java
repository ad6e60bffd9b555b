package be.buddytrajectories.core.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of the period report: a value, or none (nothing to count), or suppressed (too few people).
 *
 * @param value      the figure, or null when there is none or it is suppressed
 * @param suppressed it concerns fewer than {@link #SMALLEST_GROUP} people and is not shown
 */
public record Figure(Double value, boolean suppressed) {

    /** Fewer people than this in a group: no figure. */
    public static final int SMALLEST_GROUP = 5;

    private static final Figure NONE = new Figure(null, false);
    private static final Figure SUPPRESSED = new Figure(null, true);

    public Figure {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a suppressed figure has no value");
        }
    }

    /** A count of people (or of duos): none and five or more are shown, one to four are not. */
    static Figure count(long people) {
        return people > 0 && people < SMALLEST_GROUP ? SUPPRESSED : new Figure((double) people, false);
    }

    /** A figure about a group of people (a sum, a median, a share): suppressed under five, none for nobody. */
    static Figure about(long people, double value) {
        if (people == 0) {
            return NONE;
        }
        return people < SMALLEST_GROUP ? SUPPRESSED : new Figure(value, false);
    }

    /** A total over a group of people (hours, for instance): suppressed under five, zero for nobody. */
    static Figure sum(long people, double total) {
        return people == 0 ? new Figure(0.0, false) : about(people, total);
    }

    /** A figure about no person (sessions held, for instance): always shown. */
    static Figure of(double value) {
        return new Figure(value, false);
    }

    static Figure none() {
        return NONE;
    }

    /**
     * The counts of one breakdown of a shown total (by obligation, by end reason). Counts of one to four are
     * suppressed; when exactly one is, the total and the others would give it away, so the smallest other non-zero
     * count is suppressed as well.
     */
    static <K> Map<K, Figure> breakdown(Map<K, Long> counts) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        counts.forEach((key, n) -> figures.put(key, count(n)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<K> suppressed = figures.entrySet().stream().filter(e -> e.getValue().suppressed()).map(Map.Entry::getKey)
                .toList();
        if (suppressed.size() == 1 && total >= SMALLEST_GROUP) {
            counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !figures.get(e.getKey()).suppressed())
                    .min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .ifPresent(smallest -> figures.put(smallest.getKey(), SUPPRESSED));
        }
        return figures;
    }

    public boolean present() {
        return value != null;
    }
}
