package be.buddytrajectories.search.index;

import org.apache.lucene.facet.FacetsConfig;

/** Every field name of the profile index, and the facet dimensions, in one place. */
public final class ProfileFields {

    public static final String ID = "id";
    /** The buddy's name as text, for the coordinator's free-text search. */
    public static final String NAME = "name";
    public static final String STATUS = "status";
    public static final String TRAINED = "trained";
    /**
     * The epoch day until which the buddy's screening is valid (absent when never screened): a date rather than a
     * flag, so that a screening stops counting when it expires, without a reindex.
     */
    public static final String SCREENED_UNTIL = "screened_until";
    public static final String GENDER = "gender";
    public static final String LANGUAGE = "language";
    public static final String AVAILABILITY = "availability";
    public static final String MUNICIPALITY = "municipality";
    /** Canonical interest keys from the vocabulary (keyword). */
    public static final String INTEREST = "interest";
    /** Interests as typed (text, folded). */
    public static final String INTEREST_TEXT = "interest_text";
    public static final String SECTOR = "sector";
    public static final String HAS_CHILDREN = "has_children";
    public static final String CHILDREN_WELCOME = "children_welcome";
    /** {@code ANY}, {@code F} or {@code M}. */
    public static final String PREFERRED_NEWCOMER_GENDER = "pref_newcomer_gender";
    public static final String PREFERRED_MIN_AGE = "pref_min_age";
    public static final String PREFERRED_MAX_AGE = "pref_max_age";
    /** Birth year rather than age: an age goes stale in the index, a birth year does not. */
    public static final String BIRTH_YEAR = "birth_year";
    public static final String REMAINING_CAPACITY = "remaining_capacity";
    public static final String MAX_DISTANCE_KM = "max_distance_km";
    public static final String LOCATION = "location";
    public static final String EXCLUDED_NEWCOMER = "excluded_newcomer";
    public static final String PAIRED_NEWCOMER = "paired_newcomer";

    /** Doc values only: the index is sorted on it, so that buddies who live close together are stored together. */
    static final String SPATIAL_ORDER = "spatial_order";
    public static final String ABOUT_DUTCH = "about_nl";
    public static final String ABOUT_ENGLISH = "about_en";
    /** Folded only: the field a search's snippet is cut from, with the interests and the profession. */
    public static final String ABOUT_FOLDED = "about";
    public static final String PROFESSION_DUTCH = "profession_nl";
    public static final String PROFESSION_ENGLISH = "profession_en";
    public static final String PROFESSION_FOLDED = "profession";

    /** SHA-256 of the profile's canonical form, to compare index and database cheaply. */
    public static final String CONTENT_HASH = "content_hash";
    /** Prefix of the stored-only fields the profile is rebuilt from. */
    static final String STORED_PREFIX = "stored.";

    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_MUNICIPALITY = "municipality";
    public static final String FACET_AVAILABILITY = "availability";
    public static final String FACET_STATUS = "status";
    public static final String FACET_TRAINING = "training";

    /**
     * Commit user-data key of the layout version; an index committed with another (or none) is rebuilt from the
     * database, because its documents lack fields that queries now use.
     */
    static final String LAYOUT = "layout";
    /**
     * Raise when documents change shape: 2 = screening as a valid-until date; 3 = sorted by {@link #SPATIAL_ORDER}
     * (Lucene cannot sort an index it did not sort from the start).
     */
    static final String LAYOUT_VERSION = "3";

    /** Commit user-data key of the outbox position up to which the commit includes every change. */
    static final String OUTBOX_POSITION = "outboxPosition";

    private ProfileFields() {
    }

    /** The facet configuration used at index and at search time. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_LANGUAGE, true);
        config.setMultiValued(FACET_AVAILABILITY, true);
        return config;
    }
}
