package be.buddytrajectories.core.spreadsheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A field a column can be mapped to, with the Dutch and English header an export writes and the other header
 * names the default mapping recognises. {@link #property} is where Bean Validation reports it on the core inputs.
 */
public enum Field {
    FIRST_NAME("Voornaam", "First name", null),
    LAST_NAME("Achternaam", "Last name", null, "familienaam", "naam", "surname"),
    EMAIL("E-mail", "E-mail", null, "email", "emailadres", "mail"),
    PHONE("Telefoon", "Phone", null, "gsm", "telefoonnummer", "tel", "mobile"),
    BIRTH_YEAR("Geboortejaar", "Birth year", null),
    GENDER("Geslacht", "Gender", null, "gender", "sex"),
    STREET("Straat", "Street", null, "adres", "address"),
    POSTCODE("Postcode", "Postcode", "location.postcode", "postal code", "zip"),
    MUNICIPALITY("Gemeente", "Municipality", "location.municipality", "woonplaats", "stad", "city", "town"),
    LATITUDE("Breedtegraad", "Latitude", "location.latitude", "lat"),
    LONGITUDE("Lengtegraad", "Longitude", "location.longitude", "lon", "lng"),
    LANGUAGES("Talen", "Languages", "languages", "taal"),
    CONTACT_LANGUAGES("Contacttalen", "Contact languages", "contactLanguages", "talen nieuwkomer"),
    DUTCH_LEVEL("Niveau Nederlands", "Dutch level", "dutchLevel", "nederlands", "taalniveau"),
    INTERESTS("Interesses", "Interests", "interests", "hobby's", "hobbies"),
    INTERESTS_NOTE("Interesses toelichting", "Interests note", "interestsNote"),
    GOALS("Doelen", "Goals", "goals"),
    ABOUT("Over mij", "About", "about", "motivatie", "motivation"),
    PROFESSION("Beroep", "Profession", "profession", "job"),
    EXPERIENCE("Ervaring", "Experience", "experience"),
    AVAILABILITY("Beschikbaarheid", "Availability", "availability"),
    MAX_TRAVEL_KM("Max afstand km", "Max travel km", "maxTravelKm", "afstand", "distance"),
    CAPACITY("Capaciteit", "Capacity", "capacity", "max duos"),
    PREFERRED_GENDER("Voorkeur geslacht", "Preferred gender", "preferredNewcomerGender"),
    PREFERRED_MIN_AGE("Voorkeur min leeftijd", "Preferred min age", "preferredMinAge"),
    PREFERRED_MAX_AGE("Voorkeur max leeftijd", "Preferred max age", "preferredMaxAge"),
    CHILDREN_WELCOME("Kinderen welkom", "Children welcome", "childrenWelcome"),
    HAS_CHILDREN("Heeft kinderen", "Has children", "hasChildren"),
    BUDDY_STATUS("Status buddy", "Buddy status", null, "status"),
    SCREENED_ON("Screening op", "Screened on", null),
    SCREENING_KIND("Soort screening", "Screening kind", null),
    TRAINED_ON("Basisopleiding op", "Basic training on", null),
    BUDDY_GENDER_PREFERENCE("Voorkeur geslacht buddy", "Buddy gender preference", "buddyGenderPreference"),
    FAMILY_SITUATION("Gezinssituatie", "Family situation", "familySituation"),
    PNT_OBLIGED("PNT-plichtig", "PNT obliged", null, "pnt"),
    CASE_WORKER_NAME("Trajectbegeleider", "Case worker", "caseWorkerName"),
    CASE_WORKER_AGENCY("Organisatie trajectbegeleider", "Case worker agency", "caseWorkerAgency"),
    OUTCOME_CONSENT("Toestemming effectmeting", "Outcome consent", null),
    REGISTERED_ON("Ingeschreven op", "Registered on", null, "inschrijvingsdatum", "registration date"),
    CONSENT_VERSION("Toestemming versie", "Consent version", "consent.version"),
    CONSENT_DATE("Toestemming datum", "Consent date", "consent.givenOn"),
    NEWCOMER("Nieuwkomer", "Newcomer", null),
    BUDDY("Buddy", "Buddy", null, "vrijwilliger", "volunteer"),
    START_DATE("Startdatum", "Start date", "startOn", "start"),
    DUO_STATUS("Status duo", "Duo status", null, "status"),
    PLANNED_END("Geplande einddatum", "Planned end", "plannedEnd", "einddatum", "end date"),
    HOURS_TARGET("Urendoel", "Hours target", "hoursTarget", "uren", "hours"),
    AGREEMENT_GOALS("Afspraak doelen", "Agreement goals", "agreement.goals"),
    RHYTHM("Ritme", "Rhythm", "agreement.rhythm"),
    CONTACT_PERSON("Contactpersoon", "Contact person", "agreement.contactPerson"),
    PAUSE_REASON("Reden pauze", "Pause reason", null),
    END_REASON("Reden einde", "End reason", null);

    private final String dutch;
    private final String english;
    private final String property;
    private final List<String> aliases;

    Field(String dutch, String english, String property, String... aliases) {
        this.dutch = dutch;
        this.english = english;
        this.property = property;
        this.aliases = Stream.concat(Stream.of(dutch, english, name()), Stream.of(aliases))
                .map(Field::normalised).distinct().toList();
    }

    /** The column header in the user's language (English when asked, else Dutch). */
    public String header(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : dutch;
    }

    /** True when {@code header} names this field, ignoring case, accents, spaces and punctuation. */
    boolean recognises(String header) {
        return aliases.contains(normalised(header));
    }

    /**
     * True when a constraint violation at {@code path} (e.g. {@code location.postcode}) concerns this field.
     */
    boolean reportsViolationAt(String path) {
        return property != null && (path.equals(property) || path.startsWith(property + "."));
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
