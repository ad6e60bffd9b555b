package be.buddytrajectories.host.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Maven-style version such as {@code 1.2.0} or {@code 0.1.0-SNAPSHOT}: numbers compare as numbers, missing
 * numbers count as 0, and a version with a qualifier comes before the same numbers without one.
 */
record PluginVersion(List<Integer> numbers, String qualifier) implements Comparable<PluginVersion> {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,9})*(-[A-Za-z0-9.]+)?");

    static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    static PluginVersion parse(String text) {
        String trimmed = text.trim();
        if (!isValid(trimmed)) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        int dash = trimmed.indexOf('-');
        String numberPart = dash < 0 ? trimmed : trimmed.substring(0, dash);
        List<Integer> numbers = new ArrayList<>();
        for (String n : numberPart.split("\\.")) {
            numbers.add(Integer.parseInt(n));
        }
        return new PluginVersion(List.copyOf(numbers), dash < 0 ? "" : trimmed.substring(dash + 1));
    }

    @Override
    public int compareTo(PluginVersion other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        if (qualifier.isEmpty() || other.qualifier.isEmpty()) {
            return Boolean.compare(qualifier.isEmpty(), other.qualifier.isEmpty());
        }
        return qualifier.toLowerCase(Locale.ROOT).compareTo(other.qualifier.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        numbers.forEach(n -> text.append(text.length() == 0 ? "" : ".").append(n));
        return qualifier.isEmpty() ? text.toString() : text + "-" + qualifier;
    }
}
