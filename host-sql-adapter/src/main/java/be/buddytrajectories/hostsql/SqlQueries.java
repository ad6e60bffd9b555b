package be.buddytrajectories.hostsql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of a {@link SqlPeopleDirectory}, read from a properties file. Keys:
 * <ul>
 *   <li>{@code find-by-id}, {@code find-all}, {@code search}, {@code search-count}, {@code count-by-kind},
 *       {@code changes-since}: queries; {@code search} and {@code search-count} contain {@code {kind}} and
 *       {@code {words}}, replaced by {@code search.kind-condition} (when a kind is asked) and one
 *       {@code search.word-condition} per word (its {@code :word} bound to {@code %word%}, lower case);</li>
 *   <li>{@code insert.1}, {@code insert.2}, …: the statements of a registration, in one transaction; the first
 *       one's generated key (column {@code insert.1.key}, default {@code id}) is {@code :id} for the others;
 *       {@code insert.N.if=email} runs a statement only when that parameter has a value, and
 *       {@code insert.N.each=tags} once per element, bound to {@code :each};</li>
 *   <li>{@code anonymise.1}, …: the statements of an erasure, in one transaction; when the first changes no row
 *       the person is unknown and nothing else runs;</li>
 *   <li>{@code map.kind.VOLUNTEER=…}, {@code map.kind.NEWCOMER=…}, {@code map.gender.F|M|X=…}: the CRM's values;
 *       a whole-number value is bound as a number;</li>
 *   <li>any other key can be referred to as {@code ${key}}, to share fragments.</li>
 * </ul>
 * Queries that return people label their columns by convention: {@code id, kind, first_name, last_name, email,
 * phone, birth_year, gender, street, postal_code, municipality, latitude, longitude, languages} (ISO codes,
 * comma-separated, in order){@code , tags} (comma-separated){@code , version} (grows with every change).
 * {@code changes-since} returns {@code cursor, person_id, change_type} (CREATED, UPDATED or ERASED).
 */
public final class SqlQueries {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([\\w.-]+)}");
    private final Map<String, String> entries;

    private SqlQueries(Map<String, String> entries) {
        this.entries = entries;
    }

    /** Reads a properties file from the class path, such as {@code be/buddytrajectories/hostsql/civicrm-people.properties}. */
    public static SqlQueries fromClassPath(String resource) {
        return fromClassPath(resource, Map.of());
    }

    /**
     * Reads a properties file from the class path with some of its keys set to other values, as a copy of the file
     * with those lines changed would.
     *
     * @param settings keys the file has, with the values to use instead
     */
    public static SqlQueries fromClassPath(String resource, Map<String, String> settings) {
        try (InputStream in = SqlQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return read(in, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static SqlQueries fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static SqlQueries read(InputStream in, Map<String, String> settings) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> raw = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> raw.put(k, p.getProperty(k).trim()));
        settings.forEach((key, value) -> {
            if (!raw.containsKey(key)) {
                throw new IllegalArgumentException("the SQL file has no setting " + key);
            }
            raw.put(key, value);
        });
        Map<String, String> resolved = new TreeMap<>();
        raw.keySet().forEach(k -> resolved.put(k, resolve(k, raw, 0)));
        SqlQueries queries = new SqlQueries(resolved);
        for (String required : List.of("find-by-id", "find-all", "search", "search-count", "count-by-kind",
                "changes-since", "search.kind-condition", "search.word-condition", "insert.1", "anonymise.1",
                "map.kind.VOLUNTEER", "map.kind.NEWCOMER")) {
            queries.get(required);
        }
        return queries;
    }

    private static String resolve(String key, Map<String, String> raw, int depth) {
        if (depth > 10) {
            throw new IllegalArgumentException("references nest too deep at " + key);
        }
        String value = raw.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the SQL file refers to a missing key: " + key);
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), raw, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String get(String key) {
        String value = entries.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the SQL file has no " + key);
        }
        return value;
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(entries.get(key)).filter(v -> !v.isBlank());
    }

    /** {@code prefix.1}, {@code prefix.2}, … in number order, with their options. */
    List<Step> steps(String prefix) {
        List<Step> steps = new ArrayList<>();
        for (int n = 1; entries.containsKey(prefix + "." + n); n++) {
            String key = prefix + "." + n;
            steps.add(new Step(get(key), optional(key + ".if"), optional(key + ".each"),
                    optional(key + ".key").orElse("id")));
        }
        return steps;
    }

    /** The CRM's value for {@code name} (an enum constant) under {@code map.<mapping>.}, or the name itself. */
    Object crmValue(String mapping, Enum<?> name) {
        String value = optional("map." + mapping + "." + name.name()).orElse(name.name());
        return value.matches("-?\\d{1,18}") ? (Object) Long.valueOf(value) : value;
    }

    /** The enum constant whose CRM value is {@code value}, if any. */
    <E extends Enum<E>> Optional<E> fromCrm(String mapping, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (String.valueOf(crmValue(mapping, constant)).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * One statement of a sequence.
     *
     * @param onlyIf    a parameter that must have a value for the statement to run
     * @param eachOf    a collection parameter: the statement runs once per element, as {@code :each}
     * @param keyColumn the generated key to read (first statement of an insert)
     */
    record Step(String sql, Optional<String> onlyIf, Optional<String> eachOf, String keyColumn) {
    }
}
