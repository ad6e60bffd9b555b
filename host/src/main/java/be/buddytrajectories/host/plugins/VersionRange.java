package be.buddytrajectories.host.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Maven version range as a descriptor's {@code requires} states it: {@code [1.0.0,2.0.0)}, {@code [1.0,)},
 * {@code [1.0.0]}, several joined by commas ({@code [1.0,1.5),[1.7,)}), or a bare version meaning "this or later".
 */
final class VersionRange {

    private static final Pattern INTERVAL = Pattern.compile("([\\[(])([^\\[\\]()]*)([\\])])");

    private final String text;
    private final List<Interval> intervals;

    private VersionRange(String text, List<Interval> intervals) {
        this.text = text;
        this.intervals = List.copyOf(intervals);
    }

    static VersionRange parse(String text) {
        String range = text.trim();
        if (PluginVersion.isValid(range)) {
            return new VersionRange(range, List.of(new Interval(PluginVersion.parse(range), true, null, false)));
        }
        List<Interval> intervals = new ArrayList<>();
        Matcher m = INTERVAL.matcher(range);
        int end = 0;
        while (m.find()) {
            String between = range.substring(end, m.start()).trim();
            if (!between.equals(intervals.isEmpty() ? "" : ",")) {
                throw new IllegalArgumentException("not a version range: " + text);
            }
            intervals.add(interval(m.group(1), m.group(2), m.group(3), text));
            end = m.end();
        }
        if (intervals.isEmpty() || end != range.length()) {
            throw new IllegalArgumentException("not a version range: " + text);
        }
        return new VersionRange(range, intervals);
    }

    private static Interval interval(String open, String body, String close, String text) {
        String[] bounds = body.split(",", -1);
        if (bounds.length == 1) {
            if (!open.equals("[") || !close.equals("]") || !PluginVersion.isValid(bounds[0])) {
                throw new IllegalArgumentException("not a version range: " + text);
            }
            PluginVersion exact = PluginVersion.parse(bounds[0]);
            return new Interval(exact, true, exact, true);
        }
        if (bounds.length != 2) {
            throw new IllegalArgumentException("not a version range: " + text);
        }
        PluginVersion lower = bound(bounds[0], text);
        PluginVersion upper = bound(bounds[1], text);
        if ((lower == null && open.equals("[")) || (upper == null && close.equals("]"))
                || (lower != null && upper != null && lower.compareTo(upper) > 0)) {
            throw new IllegalArgumentException("not a version range: " + text);
        }
        return new Interval(lower, open.equals("["), upper, close.equals("]"));
    }

    private static PluginVersion bound(String bound, String text) {
        if (bound.isBlank()) {
            return null;
        }
        if (!PluginVersion.isValid(bound)) {
            throw new IllegalArgumentException("not a version range: " + text);
        }
        return PluginVersion.parse(bound);
    }

    boolean contains(PluginVersion version) {
        return intervals.stream().anyMatch(i -> i.contains(version));
    }

    @Override
    public String toString() {
        return text;
    }

    private record Interval(PluginVersion lower, boolean lowerIncluded, PluginVersion upper, boolean upperIncluded) {

        boolean contains(PluginVersion v) {
            if (lower != null) {
                int c = v.compareTo(lower);
                if (c < 0 || (c == 0 && !lowerIncluded)) {
                    return false;
                }
            }
            if (upper != null) {
                int c = v.compareTo(upper);
                return c < 0 || (c == 0 && upperIncluded);
            }
            return true;
        }
    }
}
