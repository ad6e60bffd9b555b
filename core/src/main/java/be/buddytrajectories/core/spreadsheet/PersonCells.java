package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.Field.*;

import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.HostPersonLimits;
import be.buddytrajectories.core.person.Localities;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.validation.TextRules;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The host person's columns that buddies and newcomers files share: reading them into a {@link NewPerson}, and writing them. */
final class PersonCells {

    static final Map<String, Gender> GENDER_ALIASES = Map.of("v", Gender.F, "vrouw", Gender.F, "female", Gender.F,
            "man", Gender.M, "male", Gender.M, "anders", Gender.X, "other", Gender.X);
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonCells() {
    }

    /**
     * The person of the row, or null when a value cannot be read (the reader then holds the errors).
     *
     * @param languages ISO codes the person speaks, for the host's record
     * @param home where the row says the person lives, from {@link #location}
     */
    static NewPerson read(RowReader row, PersonKind kind, List<String> languages, HomeLocation home,
                          int currentYear) {
        String first = row.text(FIRST_NAME);
        String last = row.text(LAST_NAME);
        checkHostText(row, FIRST_NAME, HostPersonLimits.NAME_LENGTH);
        checkHostText(row, LAST_NAME, HostPersonLimits.NAME_LENGTH);
        checkHostText(row, EMAIL, HostPersonLimits.EMAIL_LENGTH);
        checkHostText(row, PHONE, HostPersonLimits.PHONE_LENGTH);
        checkHostText(row, STREET, HostPersonLimits.STREET_LENGTH);
        String email = row.text(EMAIL);
        if (email != null && !EMAIL_SHAPE.matcher(email).matches()) {
            row.error(EMAIL, "spreadsheet.value.email", email);
        }
        Integer birthYear = row.integer(BIRTH_YEAR);
        if (birthYear != null && (birthYear < 1900 || birthYear > currentYear)) {
            row.error(BIRTH_YEAR, "spreadsheet.value.birthYear", birthYear, currentYear);
        }
        Gender gender = row.choice(GENDER, Gender.class, GENDER_ALIASES);
        GeoPoint location = null;
        if (home.hasCoordinates()) {
            try {
                location = new GeoPoint(home.latitude(), home.longitude());
            } catch (IllegalArgumentException e) {
                row.error(LATITUDE, "spreadsheet.value.coordinates", home.latitude(), home.longitude());
            }
        }
        if (first == null || last == null || row.hasErrors()) {
            return null;
        }
        return new NewPerson(kind, first, last, email == null ? null : email.toLowerCase(Locale.ROOT),
                row.text(PHONE), birthYear, gender == null ? Gender.X : gender, row.text(STREET), row.text(POSTCODE),
                row.text(MUNICIPALITY), location, languages, Set.of());
    }

    /** The host has no validation messages of its own: what it cannot store is refused here, per cell. */
    /**
     * The host person of this kind with the row's e-mail, whom the row completes, or null for a new person. The
     * row is refused when the file names the e-mail twice or when that person is already {@code taken} (has a
     * profile or an intake), with the message of {@code takenKey}.
     */
    static Long existing(RowReader row, Reading reading, PersonKind kind, Set<Long> taken, String takenKey) {
        String email = row.text(EMAIL);
        if (email == null) {
            return null;
        }
        if (!reading.emailsInFile.add(email.toLowerCase(Locale.ROOT))) {
            row.error(EMAIL, "spreadsheet.email.twice", email);
            return null;
        }
        Long id = reading.byEmail(kind, email).map(Person::id).orElse(null);
        if (id != null && taken.contains(id)) {
            row.errorText(EMAIL, new RuleViolationException(takenKey, id).message(row.locale()));
        }
        return id;
    }

    private static void checkHostText(RowReader row, Field field, int length) {
        String text = row.text(field);
        if (text != null && text.length() > length) {
            row.error(field, "spreadsheet.value.tooLong", length);
        }
        if (!TextRules.isSingleLine(text)) {
            row.error(field, "spreadsheet.value.controlCharacters", field.header(row.locale()));
        }
    }

    /**
     * The plugin's copy of where the person lives: the row's coordinates, or else the centre of its municipality.
     * A municipality that cannot be placed is an error that names it, unless the row gives coordinates.
     */
    static HomeLocation location(RowReader row) {
        String postcode = row.text(POSTCODE);
        String municipality = row.text(MUNICIPALITY);
        Double latitude = row.decimal(LATITUDE);
        Double longitude = row.decimal(LONGITUDE);
        if (latitude != null || longitude != null || municipality == null) {
            return new HomeLocation(postcode, municipality, latitude, longitude);
        }
        Optional<HomeLocation> located = Localities.belgium().locate(postcode, municipality);
        if (located.isEmpty()) {
            row.error(MUNICIPALITY, "spreadsheet.value.place", municipality, postcode == null ? "" : postcode);
            row.explained(LATITUDE, LONGITUDE);
        }
        return located.orElseGet(() -> new HomeLocation(postcode, municipality, null, null));
    }

    /** The person's cells in the order of {@link SpreadsheetKind}, the plugin's location where the host has none. */
    static List<String> write(Person person, HomeLocation home) {
        List<String> cells = new ArrayList<>();
        cells.add(person.firstName());
        cells.add(person.lastName());
        cells.add(person.email());
        cells.add(person.phone());
        cells.add(person.birthYear() == null ? null : person.birthYear().toString());
        cells.add(person.gender().name());
        cells.add(person.street());
        cells.add(home.postcode());
        cells.add(home.municipality());
        cells.add(Double.toString(home.latitude()));
        cells.add(Double.toString(home.longitude()));
        return cells;
    }

    static int currentYear(java.time.LocalDate today) {
        return Year.from(today).getValue();
    }
}
