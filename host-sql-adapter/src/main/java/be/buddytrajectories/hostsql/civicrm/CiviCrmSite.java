package be.buddytrajectories.hostsql.civicrm;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostsql.JdbcTransactions;
import be.buddytrajectories.hostsql.SqlQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A CiviCRM database as a demo or a test needs one: CiviCRM's own tables ({@code schema.sql}, from civicrm-core's
 * schema definitions) and contacts stored the way CiviCRM stores contacts entered in CiviCRM itself — sort and
 * display names, greetings, sub-types and multi-value custom fields bookended with CHAR(1), primary details with
 * location type Home — beside the other contacts an organisation has (organisations, households, donors, contacts
 * in the trash), which plugins must never see.
 */
public final class CiviCrmSite {

    /** The SQL of {@link be.buddytrajectories.hostsql.SqlPeopleDirectory} on CiviCRM's schema. */
    public static final String PEOPLE_QUERIES = "be/buddytrajectories/hostsql/civicrm/civicrm-people.properties";
    private static final String SCHEMA = "/be/buddytrajectories/hostsql/civicrm/schema.sql";
    private static final char SEPARATOR = '\u0001';
    private static final int ROWS_PER_INSERT = 500;
    private static final int BELGIUM = 1020;
    private static final int HOME = 1;

    private CiviCrmSite() {
    }

    public static SqlQueries peopleQueries() {
        return SqlQueries.fromClassPath(PEOPLE_QUERIES);
    }

    /**
     * The SQL of the people directory on CiviCRM's schema with volunteers also taken from a group (its name or
     * title) and a tag (its name or label), as {@code pool.group} and {@code pool.tag} of a copy of the file would.
     *
     * @param group the group, or {@code null} for none
     * @param tag   the tag, or {@code null} for none
     */
    public static SqlQueries peopleQueries(String group, String tag) {
        return SqlQueries.fromClassPath(PEOPLE_QUERIES, Map.of("pool.group", sqlText(group), "pool.tag",
                sqlText(tag)));
    }

    /** A name as the text of a SQL string literal: quotes doubled, MariaDB's backslash escape doubled too. */
    private static String sqlText(String name) {
        return name == null ? "" : name.strip().replace("\\", "\\\\").replace("'", "''");
    }

    /** Whether the database has CiviCRM's contact table. */
    public static boolean hasSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(c.getCatalog(), null, "civicrm_contact", new String[] {"TABLE"})) {
                return tables.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for CiviCRM's tables: " + e.getMessage(), e);
        }
    }

    /**
     * Creates CiviCRM's tables, seed rows and triggers, with the organisation's sub-types Volunteer, Newcomer and
     * Donor and its custom group "Buddy programme" (MariaDB or MySQL; creating triggers needs the TRIGGER right).
     */
    public static void createSchema(DataSource dataSource) {
        runScript(dataSource, SCHEMA);
    }

    /** Runs a script of statements that each end a line with {@code ;}; lines starting with {@code --} are comments. */
    static void runScript(DataSource dataSource, String resource) {
        String script;
        try (InputStream in = CiviCrmSite.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores these volunteers and newcomers as CiviCRM stores contacts entered in CiviCRM, in one transaction, and
     * returns their contact ids in order. Every fifth volunteer is also a donor (two sub-types); tags become the
     * custom field Interests.
     */
    public static List<Long> addPeople(DataSource dataSource, List<NewPerson> people) {
        return JdbcTransactions.inTransaction(dataSource, "write CiviCRM contacts", c -> {
            long first = nextContactId(c);
            List<List<Object>> contacts = new ArrayList<>();
            List<List<Object>> emails = new ArrayList<>();
            List<List<Object>> phones = new ArrayList<>();
            List<List<Object>> addresses = new ArrayList<>();
            List<List<Object>> custom = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                NewPerson p = people.get(i);
                long id = first + i;
                ids.add(id);
                String firstName = p.firstName();
                String display = firstName + " " + p.lastName();
                List<String> subTypes = p.kind() == PersonKind.VOLUNTEER
                        ? (i % 5 == 4 ? List.of("Volunteer", "Donor") : List.of("Volunteer")) : List.of("Newcomer");
                contacts.add(Arrays.asList(id, "Individual", bookended(subTypes), firstName, p.lastName(),
                        p.lastName() + ", " + firstName, display, gender(p.gender()),
                        p.birthYear() == null ? null : LocalDate.of(p.birthYear(), 1 + (i % 12), 1 + (i % 28)),
                        p.kind() == PersonKind.NEWCOMER ? null : "nl_BE", "Dear " + firstName, "Dear " + firstName,
                        display, hash(id)));
                if (p.email() != null) {
                    emails.add(Arrays.asList(id, HOME, p.email(), true));
                }
                if (p.phone() != null) {
                    phones.add(Arrays.asList(id, HOME, p.phone(), 2, true));
                }
                if (p.postalCode() != null) {
                    addresses.add(Arrays.asList(id, HOME, true, p.street(), p.postalCode(), p.municipality(),
                            BELGIUM, p.location() == null ? null : p.location().latitude(),
                            p.location() == null ? null : p.location().longitude()));
                }
                custom.add(Arrays.asList(id, p.languages().isEmpty() ? null : bookended(p.languages()),
                        p.tags().isEmpty() ? null : bookended(p.tags())));
            }
            insert(c, "civicrm_contact", "id, contact_type, contact_sub_type, first_name, last_name, sort_name,"
                    + " display_name, gender_id, birth_date, preferred_language, email_greeting_display,"
                    + " postal_greeting_display, addressee_display, hash", contacts);
            insert(c, "civicrm_email", "contact_id, location_type_id, email, is_primary", emails);
            insert(c, "civicrm_phone", "contact_id, location_type_id, phone, phone_type_id, is_primary", phones);
            insert(c, "civicrm_address", "contact_id, location_type_id, is_primary, street_address, postal_code,"
                    + " city, country_id, geo_code_1, geo_code_2", addresses);
            insert(c, "civicrm_value_buddy_program_2", "entity_id, languages_2, interests_3", custom);
            return ids;
        });
    }

    /**
     * Adds {@code count} contacts that are not volunteers or newcomers to plugins: organisations, households,
     * donors and members without a sub-type.
     */
    public static void addOthers(DataSource dataSource, int count, long seed) {
        Random random = new Random(seed);
        JdbcTransactions.inTransaction(dataSource, "write CiviCRM contacts", c -> {
            long first = nextContactId(c);
            List<List<Object>> contacts = new ArrayList<>();
            List<List<Object>> emails = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = first + i;
                int kind = random.nextInt(20);
                if (kind < 3) {
                    String name = pick(random, ORGANISATIONS) + " " + pick(random, LAST_NAMES);
                    contacts.add(Arrays.asList(id, "Organization", null, null, null, name, name, name, null, 0,
                            hash(id)));
                } else if (kind < 5) {
                    String name = "Gezin " + pick(random, LAST_NAMES);
                    contacts.add(Arrays.asList(id, "Household", null, null, null, name, name, null, name, 0,
                            hash(id)));
                } else {
                    String firstName = pick(random, FIRST_NAMES);
                    String lastName = pick(random, LAST_NAMES);
                    String subType = kind < 12 ? bookended(List.of("Donor")) : null;
                    contacts.add(Arrays.asList(id, "Individual", subType, firstName, lastName,
                            lastName + ", " + firstName, firstName + " " + lastName, null, null, 0,
                            hash(id)));
                    emails.add(Arrays.asList(id, HOME, (firstName + "." + lastName + id + "@example.org")
                            .toLowerCase(Locale.ROOT).replace(' ', '-'), true));
                }
            }
            insert(c, "civicrm_contact", "id, contact_type, contact_sub_type, first_name, last_name, sort_name,"
                    + " display_name, organization_name, household_name, is_deleted, hash", contacts);
            insert(c, "civicrm_email", "contact_id, location_type_id, email, is_primary", emails);
            return null;
        });
    }

    /**
     * Volunteers and newcomers beyond a demo's named ones, to give a site its real size: Flemish volunteers and
     * newcomers of several origins living around Gent, with languages and interests.
     */
    public static List<NewPerson> generatedPeople(int volunteers, int newcomers, long seed) {
        Random random = new Random(seed);
        List<NewPerson> people = new ArrayList<>();
        for (int i = 0; i < volunteers + newcomers; i++) {
            boolean volunteer = i < volunteers;
            Gender gender = random.nextBoolean() ? Gender.F : Gender.M;
            String firstName = volunteer ? pick(random, FIRST_NAMES) : pick(random, NEWCOMER_FIRST_NAMES);
            String lastName = volunteer ? pick(random, LAST_NAMES) : pick(random, NEWCOMER_LAST_NAMES);
            List<String> languages = volunteer ? List.of("nl", pick(random, List.of("en", "fr", "de", "es")))
                    : List.of(pick(random, List.of("ar", "uk", "ti", "fa", "ps", "ru", "tr", "so")),
                    pick(random, List.of("en", "fr")));
            String[] place = pick(random, PLACES);
            double lat = Double.parseDouble(place[2]) + (random.nextDouble() - 0.5) * 0.02;
            double lon = Double.parseDouble(place[3]) + (random.nextDouble() - 0.5) * 0.03;
            people.add(new NewPerson(volunteer ? PersonKind.VOLUNTEER : PersonKind.NEWCOMER, firstName, lastName,
                    (firstName + "." + lastName + "." + i + "@example.org").toLowerCase(Locale.ROOT)
                            .replace(' ', '-'),
                    null, 1950 + random.nextInt(55), gender, "Dorpsstraat " + (1 + random.nextInt(120)), place[0],
                    place[1], new GeoPoint(lat, lon), languages,
                    new LinkedHashSet<>(List.of(pick(random, INTERESTS), pick(random, INTERESTS)))));
        }
        return people;
    }

    private static final List<String> FIRST_NAMES = List.of("Jan", "Els", "Tom", "An", "Pieter", "Sofie", "Koen",
            "Lies", "Wim", "Katrien", "Bart", "Inge", "Dirk", "Hilde", "Luc", "Griet", "Stijn", "Nele", "Joris",
            "Marie", "Thomas", "Eline", "Pol", "Lotte");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Vermeulen", "Van Damme", "De Clercq",
            "Hermans", "Aerts", "Desmet", "Verstraete", "Lambrecht", "De Wilde", "Coppens", "Bogaert");
    private static final List<String> NEWCOMER_FIRST_NAMES = List.of("Amina", "Omar", "Olena", "Dmytro", "Yonas",
            "Selam", "Farid", "Zahra", "Ahmad", "Mariam", "Bilal", "Layla", "Hamid", "Iryna", "Samir", "Nour");
    private static final List<String> NEWCOMER_LAST_NAMES = List.of("Haddad", "Kovalenko", "Tesfaye", "Ahmadi",
            "El Idrissi", "Shevchenko", "Gebremariam", "Rahimi", "Khalil", "Bondarenko", "Yilmaz", "Hassan");
    private static final List<String> ORGANISATIONS = List.of("Vzw", "Bakkerij", "Sportclub", "School",
            "Buurtcentrum", "Bv");
    private static final List<String> INTERESTS = List.of("voetbal", "koken", "wandelen", "fietsen", "lezen",
            "muziek", "schaken", "zwemmen");
    private static final List<String[]> PLACES = List.of(new String[] {"9000", "Gent", "51.0543", "3.7174"},
            new String[] {"9040", "Sint-Amandsberg", "51.0600", "3.7500"},
            new String[] {"9050", "Ledeberg", "51.0380", "3.7420"},
            new String[] {"9030", "Mariakerke", "51.0700", "3.6800"},
            new String[] {"9820", "Merelbeke", "51.0000", "3.7500"},
            new String[] {"9230", "Wetteren", "51.0000", "3.8800"},
            new String[] {"9800", "Deinze", "50.9800", "3.5300"},
            new String[] {"9900", "Eeklo", "51.1850", "3.5600"});

    private static String bookended(Collection<String> values) {
        return SEPARATOR + String.join(String.valueOf(SEPARATOR), values) + SEPARATOR;
    }

    private static Integer gender(Gender gender) {
        return switch (gender) {
            case F -> 1;
            case M -> 2;
            case X -> 3;
        };
    }

    /** CiviCRM gives each contact a random checksum hash; this one is derived from the id, so runs repeat. */
    private static String hash(long id) {
        return String.format(Locale.ROOT, "%016x%016x", id * 0x9E3779B97F4A7C15L, ~id * 0xC2B2AE3D27D4EB4FL);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static long nextContactId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from civicrm_contact")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Multi-row inserts of {@value #ROWS_PER_INSERT} rows each: a 50,000-contact site loads in seconds. */
    private static void insert(Connection c, String table, String columns, List<List<Object>> rows)
            throws SQLException {
        int width = columns.split(",").length;
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
            String sql = "insert into " + table + " (" + columns + ") values "
                    + chunk.stream().map(r -> row).collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int index = 1;
                for (List<Object> values : chunk) {
                    for (Object value : values) {
                        ps.setObject(index++, value);
                    }
                }
                ps.executeUpdate();
            }
        }
    }
}
