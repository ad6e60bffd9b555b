package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.Field.*;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfile;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import be.buddytrajectories.core.profile.BuddyProfiles;
import be.buddytrajectories.core.profile.Screening;
import be.buddytrajectories.core.profile.ScreeningInput;
import be.buddytrajectories.core.profile.ScreeningKind;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Rows of a buddies file: a host volunteer (new, or found by e-mail) and his buddy profile. */
final class BuddyRows {

    static final int DEFAULT_TRAVEL_KM = 10;
    static final int DEFAULT_CAPACITY = 1;
    private static final Map<String, LanguageLevel> LEVELS = Map.of("basis", LanguageLevel.BASIC,
            "conversatie", LanguageLevel.CONVERSATIONAL, "goed", LanguageLevel.CONVERSATIONAL,
            "vloeiend", LanguageLevel.FLUENT, "moedertaal", LanguageLevel.NATIVE);
    private static final Map<String, Gender> GENDERS = Map.of("v", Gender.F, "vrouw", Gender.F, "female", Gender.F,
            "man", Gender.M, "male", Gender.M);
    /** The names people type for the kinds, besides the constants' own. */
    private static final Map<String, ScreeningKind> SCREENING_KINDS = Map.of(
            "model 1", ScreeningKind.CRIMINAL_RECORD_MODEL_1, "model 2", ScreeningKind.CRIMINAL_RECORD_MODEL_2,
            "gesprek", ScreeningKind.INTERVIEW, "referentie", ScreeningKind.REFERENCE,
            "onbekend", ScreeningKind.UNSPECIFIED);

    private BuddyRows() {
    }

    /** The row's volunteer and profile, or null when the row has errors (they are in the reader). */
    static PlannedRow plan(RowReader row, Reading reading) {
        row.require(SpreadsheetKind.BUDDIES.required());
        HomeLocation home = PersonCells.location(row);
        Set<LanguageSkill> languages = row.items(LANGUAGES, BuddyRows::language);
        BuddyProfileInput input = new BuddyProfileInput(languages, new TreeSet<>(row.list(INTERESTS)),
                row.text(INTERESTS_NOTE), row.text(ABOUT), row.text(PROFESSION), row.text(EXPERIENCE),
                row.items(AVAILABILITY, WeeklySlot::parse), home,
                orDefault(row.integer(MAX_TRAVEL_KM), DEFAULT_TRAVEL_KM), orDefault(row.integer(CAPACITY), DEFAULT_CAPACITY),
                row.choice(PREFERRED_GENDER, Gender.class, GENDERS), row.integer(PREFERRED_MIN_AGE),
                row.integer(PREFERRED_MAX_AGE), row.yesNo(CHILDREN_WELCOME), row.yesNo(HAS_CHILDREN),
                new Consent(row.text(CONSENT_VERSION), row.date(CONSENT_DATE)));
        BuddyStatus status = row.choice(BUDDY_STATUS, BuddyStatus.class, Map.of("beschikbaar", BuddyStatus.AVAILABLE,
                "gepauzeerd", BuddyStatus.PAUSED, "inactief", BuddyStatus.INACTIVE));
        LocalDate screenedOn = row.date(SCREENED_ON);
        ScreeningKind screeningKind = row.choice(SCREENING_KIND, ScreeningKind.class, SCREENING_KINDS);
        if (screenedOn != null && screenedOn.isAfter(reading.today)) {
            row.error(SCREENED_ON, "spreadsheet.screening.future", screenedOn);
        } else if (screenedOn == null && screeningKind != null) {
            row.error(SCREENING_KIND, "spreadsheet.screening.kindWithoutDate");
        }
        LocalDate trainedOn = row.date(TRAINED_ON);
        Violations.check(reading.validator, input, SpreadsheetKind.BUDDIES, row);
        NewPerson person = PersonCells.read(row, PersonKind.VOLUNTEER,
                languages.stream().map(LanguageSkill::code).toList(), home, PersonCells.currentYear(reading.today));
        Long existing = PersonCells.existing(row, reading, PersonKind.VOLUNTEER, reading.buddies,
                "buddy.profile.exists");
        if (person == null || row.hasErrors()) {
            return null;
        }
        return writing -> {
            long id = writing.person(existing, person);
            BuddyProfile profile = BuddyProfiles.register(writing.em, id, input);
            if (status != null) {
                profile.changeStatus(status);
            }
            if (screenedOn != null) {
                // Without a kind column the sheet says only that he was screened: kept as such, it counts.
                BuddyProfiles.recordScreening(writing.em, profile, new ScreeningInput(
                        screeningKind == null ? ScreeningKind.UNSPECIFIED : screeningKind, screenedOn, null),
                        writing.coordinatorId, reading.today);
            }
            if (trainedOn != null) {
                profile.recordBasicTraining(trainedOn);
            }
        };
    }

    /** {@code nl:NATIVE}, {@code fr:vloeiend}, or just {@code ar} for a language he can hold a conversation in. */
    private static LanguageSkill language(String item) {
        String[] parts = item.split("[:=]", 2);
        String code = parts[0].strip();
        if (!code.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(item);
        }
        if (parts.length == 1) {
            return new LanguageSkill(code, LanguageLevel.CONVERSATIONAL);
        }
        String level = parts[1].strip().toLowerCase(Locale.ROOT);
        LanguageLevel alias = LEVELS.get(level);
        return new LanguageSkill(code, alias != null ? alias : LanguageLevel.valueOf(level.toUpperCase(Locale.ROOT)));
    }

    /** @param screening the screening that makes him screened (the one valid longest), or null */
    static List<String> write(Person person, BuddyProfile profile, Screening screening) {
        List<String> cells = new ArrayList<>(PersonCells.write(person, profile.location()));
        cells.add(profile.languages().stream().map(l -> l.code() + ":" + l.level().name()).sorted()
                .collect(Collectors.joining(", ")));
        cells.add(String.join(", ", new TreeSet<>(profile.interests())));
        cells.add(profile.interestsNote().orElse(null));
        cells.add(profile.about().orElse(null));
        cells.add(profile.profession().orElse(null));
        cells.add(profile.experience().orElse(null));
        cells.add(profile.availabilityCodes().stream().sorted().collect(Collectors.joining(", ")));
        cells.add(Integer.toString(profile.maxTravelKm()));
        cells.add(Integer.toString(profile.capacity()));
        cells.add(profile.preferredNewcomerGender().map(Enum::name).orElse(null));
        cells.add(profile.preferredMinAge().map(String::valueOf).orElse(null));
        cells.add(profile.preferredMaxAge().map(String::valueOf).orElse(null));
        cells.add(yesNo(profile.childrenWelcome()));
        cells.add(yesNo(profile.hasChildren()));
        cells.add(profile.status().name());
        cells.add(screening == null ? null : screening.issuedOn().toString());
        cells.add(screening == null ? null : screening.kind().name());
        cells.add(profile.basicTrainingOn().map(LocalDate::toString).orElse(null));
        cells.add(profile.consent().version());
        cells.add(profile.consent().givenOn().toString());
        return cells;
    }

    static String yesNo(boolean value) {
        return value ? "1" : "0";
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
