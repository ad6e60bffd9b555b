package be.buddytrajectories.core.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Belgian localities with their coordinates (GeoNames, CC BY 4.0), so that a person the host has not geocoded can
 * still be placed for matching on distance: a coordinator's sheet names a postcode and a municipality, never
 * coordinates. Names are found in Dutch, French or English, ignoring case, accents and punctuation; where a name
 * is shared by places in two provinces, the postcode says which one is meant.
 */
public final class Localities {

    /** One place and its centre; {@code province} is the GeoNames code, e.g. {@code VOV} for East Flanders. */
    public record Locality(String name, double latitude, double longitude, String province) {
    }

    /** The first postcode of each of bpost's ranges, with the province (GeoNames code) the range belongs to. */
    private static final NavigableMap<Integer, String> PROVINCE_FROM = new TreeMap<>(Map.ofEntries(
            Map.entry(1000, "BRU"), Map.entry(1300, "WBR"), Map.entry(1500, "VBR"), Map.entry(2000, "VAN"),
            Map.entry(3000, "VBR"), Map.entry(3500, "VLI"), Map.entry(4000, "WLG"), Map.entry(5000, "WNA"),
            Map.entry(6000, "WHT"), Map.entry(6600, "WLX"), Map.entry(7000, "WHT"), Map.entry(8000, "VWV"),
            Map.entry(9000, "VOV")));
    private static final Localities BELGIUM = load();

    private final List<Locality> all;
    private final Map<String, List<Locality>> byName;

    private Localities(List<Locality> all, Map<String, List<Locality>> byName) {
        this.all = List.copyOf(all);
        this.byName = byName;
    }

    /** The localities of Belgium. */
    public static Localities belgium() {
        return BELGIUM;
    }

    /** Every locality, sorted by name. */
    public List<Locality> all() {
        return all;
    }

    /**
     * The locality called {@code name} (in any of its languages) that lies where {@code postcode} points, if any.
     * A postcode that is not a Belgian one does not narrow the choice; a name shared by places in the same
     * province resolves to the first listed.
     */
    public Optional<Locality> find(String postcode, String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<Locality> named = byName.getOrDefault(key(name), List.of());
        Optional<String> province = provinceOf(postcode);
        if (province.isEmpty()) {
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        return named.stream().filter(l -> l.province().equals(province.get())).findFirst();
    }

    /** The home of a person who lives in {@code name}, placed at the locality's centre. */
    public Optional<HomeLocation> locate(String postcode, String name) {
        return find(postcode, name).map(l -> new HomeLocation(postcode, name, l.latitude(), l.longitude()));
    }

    /**
     * The province a Belgian postcode belongs to: bpost gives each province its own ranges of the four digits.
     */
    static Optional<String> provinceOf(String postcode) {
        if (postcode == null || !postcode.strip().matches("[1-9][0-9]{3}")) {
            return Optional.empty();
        }
        return Optional.of(PROVINCE_FROM.floorEntry(Integer.parseInt(postcode.strip())).getValue());
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    private static Localities load() {
        List<Locality> all = new ArrayList<>();
        Map<String, List<Locality>> byName = new HashMap<>();
        Map<String, List<Locality>> byGeoNamesName = new HashMap<>();
        for (String[] row : rows("localities-be.tsv")) {
            Locality locality = new Locality(row[0], Double.parseDouble(row[1]), Double.parseDouble(row[2]), row[3]);
            all.add(locality);
            byName.computeIfAbsent(key(locality.name()), k -> new ArrayList<>()).add(locality);
            byGeoNamesName.computeIfAbsent(locality.name(), k -> new ArrayList<>()).add(locality);
        }
        for (String[] row : rows("locality-aliases-be.tsv")) {
            List<Locality> places = byGeoNamesName.get(row[1]);
            if (places == null) {
                throw new IllegalStateException("locality alias " + row[0] + " names no locality: " + row[1]);
            }
            byName.computeIfAbsent(key(row[0]), k -> new ArrayList<>()).addAll(places);
        }
        all.sort(Comparator.comparing(Locality::name).thenComparing(Locality::province));
        return new Localities(all, byName);
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Localities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
