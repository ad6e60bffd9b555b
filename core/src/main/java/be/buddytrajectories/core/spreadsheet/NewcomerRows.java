package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.Field.*;

import be.buddytrajectories.core.intake.FamilySituation;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.intake.NewcomerIntakeInput;
import be.buddytrajectories.core.intake.NewcomerIntakes;
import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rows of a newcomers file: a host newcomer (new, or found by e-mail), his intake and his place on the waiting
 * list since his registration date, as intake at the desk does.
 */
final class NewcomerRows {

    private NewcomerRows() {
    }

    static PlannedRow plan(RowReader row, Reading reading) {
        row.require(SpreadsheetKind.NEWCOMERS.required());
        HomeLocation home = PersonCells.location(row);
        Set<String> languages = new LinkedHashSet<>(row.list(CONTACT_LANGUAGES).stream()
                .map(code -> code.toLowerCase(Locale.ROOT)).toList());
        NewcomerIntakeInput input = new NewcomerIntakeInput(languages, row.choice(DUTCH_LEVEL, DutchLevel.class, Map.of()),
                new TreeSet<>(row.list(INTERESTS)), row.text(INTERESTS_NOTE),
                row.choices(GOALS, Goal.class),
                row.text(ABOUT), row.text(PROFESSION), row.items(AVAILABILITY, WeeklySlot::parse),
                home, row.choice(BUDDY_GENDER_PREFERENCE, Gender.class, Map.of()),
                row.choice(FAMILY_SITUATION, FamilySituation.class, Map.of()), row.yesNo(PNT_OBLIGED),
                row.text(CASE_WORKER_NAME), row.text(CASE_WORKER_AGENCY),
                new Consent(row.text(CONSENT_VERSION), row.date(CONSENT_DATE)), row.yesNo(OUTCOME_CONSENT));
        LocalDate registered = row.date(REGISTERED_ON);
        LocalDate registeredOn = registered == null ? reading.today : registered;
        if (registeredOn.isAfter(reading.today)) {
            row.error(REGISTERED_ON, "spreadsheet.value.future", registeredOn);
        }
        Violations.check(reading.validator, input, SpreadsheetKind.NEWCOMERS, row);
        NewPerson person = PersonCells.read(row, PersonKind.NEWCOMER, List.copyOf(languages), home,
                PersonCells.currentYear(reading.today));
        Long existing = PersonCells.existing(row, reading, PersonKind.NEWCOMER, reading.newcomersWithIntake,
                "buddy.intake.exists");
        if (person == null || row.hasErrors()) {
            return null;
        }
        return writing -> {
            long id = writing.person(existing, person);
            NewcomerIntakes.register(writing.em, id, registeredOn, input, writing.coordinatorId);
        };
    }

    static List<String> write(Person person, NewcomerIntake intake) {
        List<String> cells = new ArrayList<>(PersonCells.write(person, intake.location()));
        cells.add(String.join(", ", intake.contactLanguages()));
        cells.add(intake.dutchLevel().name());
        cells.add(String.join(", ", new TreeSet<>(intake.interests())));
        cells.add(intake.interestsNote().orElse(null));
        cells.add(intake.goals().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        cells.add(intake.about().orElse(null));
        cells.add(intake.profession().orElse(null));
        cells.add(intake.availabilityCodes().stream().sorted().collect(Collectors.joining(", ")));
        cells.add(intake.buddyGenderPreference().map(Enum::name).orElse(null));
        cells.add(intake.familySituation().name());
        cells.add(BuddyRows.yesNo(intake.pntObliged()));
        cells.add(intake.caseWorkerName().orElse(null));
        cells.add(intake.caseWorkerAgency().orElse(null));
        cells.add(intake.registeredOn().toString());
        cells.add(intake.consent().version());
        cells.add(intake.consent().givenOn().toString());
        cells.add(BuddyRows.yesNo(intake.outcomeConsent()));
        return cells;
    }
}
