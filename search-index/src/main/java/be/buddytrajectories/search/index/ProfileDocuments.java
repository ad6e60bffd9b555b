package be.buddytrajectories.search.index;

import static be.buddytrajectories.search.index.ProfileFields.*;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BitUtil;

/** Turns a profile into its Lucene document and a stored document back into the profile. */
final class ProfileDocuments {

    private static final FacetsConfig FACETS = ProfileFields.facetsConfig();
    /** Separates list items inside one stored value; never typed by people. */
    private static final String ITEM_SEPARATOR = "\u001f";

    private final InterestVocabulary interests;
    private final SectorVocabulary sectors;

    ProfileDocuments(InterestVocabulary interests, SectorVocabulary sectors) {
        this.interests = interests;
        this.sectors = sectors;
    }

    Document toDocument(BuddyProfileDocument profile) {
        Document doc = new Document();
        doc.add(new KeywordField(ID, profile.id(), Field.Store.YES));
        doc.add(new TextField(NAME, profile.name(), Field.Store.NO));
        doc.add(new KeywordField(STATUS, profile.status().name(), Field.Store.NO));
        doc.add(new KeywordField(TRAINED, Boolean.toString(profile.trained()), Field.Store.NO));
        if (profile.screenedUntil() != null) {
            doc.add(new LongField(SCREENED_UNTIL, profile.screenedUntil().toEpochDay(), Field.Store.NO));
        }
        doc.add(new KeywordField(GENDER, profile.gender().name(), Field.Store.NO));
        doc.add(new KeywordField(HAS_CHILDREN, Boolean.toString(profile.hasChildren()), Field.Store.NO));
        BuddyPreferences preferences = profile.preferences();
        doc.add(new KeywordField(CHILDREN_WELCOME, Boolean.toString(preferences.childrenWelcome()), Field.Store.NO));
        doc.add(new KeywordField(PREFERRED_NEWCOMER_GENDER,
                preferences.newcomerGender() == null ? "ANY" : preferences.newcomerGender().name(), Field.Store.NO));
        doc.add(new IntField(PREFERRED_MIN_AGE, preferences.minAge() == null ? 0 : preferences.minAge(), Field.Store.NO));
        doc.add(new IntField(PREFERRED_MAX_AGE,
                preferences.maxAge() == null ? Integer.MAX_VALUE : preferences.maxAge(), Field.Store.NO));
        doc.add(new LongField(BIRTH_YEAR, profile.birthYear(), Field.Store.NO));
        doc.add(new IntField(REMAINING_CAPACITY, profile.remainingCapacity(), Field.Store.NO));
        doc.add(new DoubleField(MAX_DISTANCE_KM, profile.maxDistanceKm(), Field.Store.NO));
        doc.add(new LatLonPoint(LOCATION, profile.lat(), profile.lon()));
        doc.add(new LatLonDocValuesField(LOCATION, profile.lat(), profile.lon()));
        doc.add(new NumericDocValuesField(SPATIAL_ORDER, spatialOrder(profile.lat(), profile.lon())));
        if (!profile.municipality().isBlank()) {
            doc.add(new KeywordField(MUNICIPALITY, profile.municipality(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_MUNICIPALITY, profile.municipality()));
        }
        for (String language : profile.languages()) {
            doc.add(new KeywordField(LANGUAGE, language, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, language));
        }
        for (String slot : profile.availability()) {
            doc.add(new KeywordField(AVAILABILITY, slot, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(FACET_AVAILABILITY, slot));
        }
        doc.add(new SortedSetDocValuesFacetField(FACET_STATUS, profile.status().name()));
        doc.add(new SortedSetDocValuesFacetField(FACET_TRAINING, profile.trained() ? "yes" : "no"));
        for (String key : interests.canonicalise(profile.interests())) {
            doc.add(new KeywordField(INTEREST, key, Field.Store.NO));
        }
        doc.add(new TextField(INTEREST_TEXT, profile.interestsAsText(), Field.Store.NO));
        sectors.sectorOf(profile.profession())
                .ifPresent(sector -> doc.add(new KeywordField(SECTOR, sector.name(), Field.Store.NO)));
        doc.add(new TextField(ABOUT_FOLDED, profile.about(), Field.Store.NO));
        doc.add(new TextField(ABOUT_DUTCH, profile.about(), Field.Store.NO));
        doc.add(new TextField(ABOUT_ENGLISH, profile.about(), Field.Store.NO));
        doc.add(new TextField(PROFESSION_FOLDED, profile.profession(), Field.Store.NO));
        doc.add(new TextField(PROFESSION_DUTCH, profile.profession(), Field.Store.NO));
        doc.add(new TextField(PROFESSION_ENGLISH, profile.profession(), Field.Store.NO));
        profile.excludedNewcomerIds().forEach(id -> doc.add(new StringField(EXCLUDED_NEWCOMER, id, Field.Store.NO)));
        profile.pairedNewcomerIds().forEach(id -> doc.add(new StringField(PAIRED_NEWCOMER, id, Field.Store.NO)));
        storeProfile(profile, doc);
        doc.add(new StoredField(CONTENT_HASH, contentHash(profile)));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every record component as a stored-only field, so the profile can be rebuilt exactly. */
    private static void storeProfile(BuddyProfileDocument profile, Document doc) {
        List<String> values = storedValues(profile);
        for (int i = 0; i < values.size(); i++) {
            doc.add(new StoredField(STORED_PREFIX + i, values.get(i)));
        }
    }

    /** The record components as strings, in declaration order after the id; sets sorted. */
    private static List<String> storedValues(BuddyProfileDocument p) {
        BuddyPreferences pref = p.preferences();
        List<String> values = List.of(p.name(), Integer.toString(p.birthYear()), p.gender().name(),
                joined(p.languages()), joined(p.interests()), p.about(), p.profession(), p.postalCode(),
                p.municipality(), Double.toString(p.lat()), Double.toString(p.lon()),
                Double.toString(p.maxDistanceKm()), joined(p.availability()), Integer.toString(p.capacity()),
                Integer.toString(p.activeDuos()), p.status().name(), Boolean.toString(p.trained()),
                p.screenedUntil() == null ? "" : p.screenedUntil().toString(), Boolean.toString(p.hasChildren()),
                pref.newcomerGender() == null ? "" : pref.newcomerGender().name(),
                pref.minAge() == null ? "" : pref.minAge().toString(),
                pref.maxAge() == null ? "" : pref.maxAge().toString(), Boolean.toString(pref.childrenWelcome()),
                joined(new TreeSet<>(p.excludedNewcomerIds())), joined(new TreeSet<>(p.pairedNewcomerIds())));
        return values;
    }

    static BuddyProfileDocument fromStored(Document doc) {
        String[] v = new String[25];
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith(STORED_PREFIX)) {
                v[Integer.parseInt(field.name().substring(STORED_PREFIX.length()))] = field.stringValue();
            }
        }
        BuddyPreferences preferences = new BuddyPreferences(v[19].isEmpty() ? null : Gender.valueOf(v[19]),
                v[20].isEmpty() ? null : Integer.valueOf(v[20]), v[21].isEmpty() ? null : Integer.valueOf(v[21]),
                Boolean.parseBoolean(v[22]));
        return new BuddyProfileDocument(doc.get(ID), v[0], Integer.parseInt(v[1]), Gender.valueOf(v[2]), split(v[3]),
                split(v[4]), v[5], v[6], v[7], v[8], Double.parseDouble(v[9]), Double.parseDouble(v[10]),
                Double.parseDouble(v[11]), split(v[12]), Integer.parseInt(v[13]), Integer.parseInt(v[14]),
                BuddyStatus.valueOf(v[15]), Boolean.parseBoolean(v[16]), v[17].isEmpty() ? null : LocalDate.parse(v[17]),
                Boolean.parseBoolean(v[18]), preferences, Set.copyOf(split(v[23])), Set.copyOf(split(v[24])));
    }

    /** A hash of the profile's canonical form (the stored values), independent of set iteration order. */
    static String contentHash(BuddyProfileDocument p) {
        String canonical = p.id() + "\u001e" + String.join("\u001e", storedValues(p));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String joined(Iterable<String> items) {
        return String.join(ITEM_SEPARATOR, items);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(ITEM_SEPARATOR, -1));
    }

    /** Position on a Z-order curve: buddies close together get close numbers, so the index keeps them together. */
    private static long spatialOrder(double lat, double lon) {
        int y = GeoEncodingUtils.encodeLatitude(lat) ^ Integer.MIN_VALUE;
        int x = GeoEncodingUtils.encodeLongitude(lon) ^ Integer.MIN_VALUE;
        return BitUtil.interleave(x, y) ^ Long.MIN_VALUE;
    }
}
