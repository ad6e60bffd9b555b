package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.Field.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The three kinds of file a programme keeps, each with its columns in export order and its required ones.
 * Coordinates are not required: they come from the municipality when a sheet has none.
 */
public enum SpreadsheetKind {
    BUDDIES(person(LANGUAGES, INTERESTS, INTERESTS_NOTE, ABOUT, PROFESSION, EXPERIENCE, AVAILABILITY, MAX_TRAVEL_KM,
            CAPACITY, PREFERRED_GENDER, PREFERRED_MIN_AGE, PREFERRED_MAX_AGE, CHILDREN_WELCOME, HAS_CHILDREN,
            BUDDY_STATUS, SCREENED_ON, SCREENING_KIND, TRAINED_ON, CONSENT_VERSION, CONSENT_DATE),
            Set.of(FIRST_NAME, LAST_NAME, POSTCODE, MUNICIPALITY, LANGUAGES, CONSENT_VERSION, CONSENT_DATE)),
    NEWCOMERS(person(CONTACT_LANGUAGES, DUTCH_LEVEL, INTERESTS, INTERESTS_NOTE, GOALS, ABOUT, PROFESSION,
            AVAILABILITY, BUDDY_GENDER_PREFERENCE, FAMILY_SITUATION, PNT_OBLIGED, CASE_WORKER_NAME, CASE_WORKER_AGENCY,
            REGISTERED_ON, CONSENT_VERSION, CONSENT_DATE, OUTCOME_CONSENT),
            Set.of(FIRST_NAME, LAST_NAME, POSTCODE, MUNICIPALITY, DUTCH_LEVEL, GOALS, FAMILY_SITUATION,
                    CONSENT_VERSION, CONSENT_DATE)),
    DUOS(List.of(NEWCOMER, BUDDY, START_DATE, DUO_STATUS, PLANNED_END, HOURS_TARGET, AGREEMENT_GOALS, RHYTHM,
            CONTACT_PERSON, PAUSE_REASON, END_REASON),
            Set.of(NEWCOMER, BUDDY, START_DATE, DUO_STATUS));

    private final List<Field> fields;
    private final Set<Field> required;

    SpreadsheetKind(List<Field> fields, Set<Field> required) {
        this.fields = fields;
        this.required = required;
    }

    /** The fields of this kind of file, in the order an export writes them. */
    public List<Field> fields() {
        return fields;
    }

    /** Fields every row must fill. */
    public Set<Field> required() {
        return required;
    }

    private static List<Field> person(Field... own) {
        return Stream.concat(Stream.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, BIRTH_YEAR, GENDER, STREET, POSTCODE,
                MUNICIPALITY, LATITUDE, LONGITUDE), Stream.of(own)).toList();
    }
}
