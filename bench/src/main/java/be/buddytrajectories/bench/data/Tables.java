package be.buddytrajectories.bench.data;

/**
 * The table and column names bench writes and reads, in one place. They come from the host's changelog
 * ({@code db/host/releases/0.1.0.xml}) and the plugin's ({@code db/buddy/releases/0.1.0.xml}); if a changelog
 * renames a column, only this class changes.
 */
public final class Tables {

    public static final String PERSON = "host_person";
    public static final String PERSON_COLUMNS = "id, kind, first_name, last_name, email, phone, birth_year, gender,"
            + " street, postal_code, municipality, latitude, longitude, languages, tags, version, created_at, updated_at";

    public static final String PROFILE = "buddy_profile";
    public static final String PROFILE_COLUMNS = "volunteer_id, version, interests_note, about, profession, experience,"
            + " postcode, municipality, latitude, longitude, max_travel_km, capacity, status, screened_until,"
            + " basic_training_on, pref_newcomer_gender, pref_min_age, pref_max_age, children_welcome, has_children,"
            + " consent_version, consent_given_on";
    public static final String PROFILE_LANGUAGE = "buddy_profile_language";
    public static final String PROFILE_LANGUAGE_COLUMNS = "volunteer_id, language_code, level";
    public static final String PROFILE_INTEREST = "buddy_profile_interest";
    public static final String PROFILE_INTEREST_COLUMNS = "volunteer_id, interest";
    public static final String PROFILE_AVAILABILITY = "buddy_profile_availability";
    public static final String PROFILE_AVAILABILITY_COLUMNS = "volunteer_id, day_of_week, day_part";
    /** Duos that take up a buddy's capacity (status PROPOSED, ACTIVE or PAUSED). */
    public static final String TRAJECTORY = "buddy_trajectory";
    public static final String TRAJECTORY_BUDDY = "buddy_trajectory_buddy";

    private Tables() {
    }

    /** {@code insert into TABLE (COLUMNS) values (?, …)} with one mark per column. */
    static String insert(String table, String columns) {
        int count = columns.split(",").length;
        return "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(count - 1) + "?)";
    }
}
