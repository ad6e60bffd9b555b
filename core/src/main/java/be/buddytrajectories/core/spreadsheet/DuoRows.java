package be.buddytrajectories.core.spreadsheet;

import static be.buddytrajectories.core.spreadsheet.Field.*;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Agreement;
import be.buddytrajectories.core.trajectory.DuoStarted;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.trajectory.StartInput;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of an existing-duos file: a newcomer and one or two buddies (by e-mail or host id), a start date and a
 * status. The duo goes through the lifecycle a duo started in the plugin goes through (propose, accept, start,
 * then pause or close), so the trajectory's own rules judge the row. An open duo takes the newcomer's place on
 * the waiting list when he has one.
 */
final class DuoRows {

    private static final Set<TrajectoryStatus> IMPORTABLE = Set.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED,
            TrajectoryStatus.CLOSED);
    private static final Map<String, TrajectoryStatus> STATUS_ALIASES = Map.of("actief", TrajectoryStatus.ACTIVE,
            "gepauzeerd", TrajectoryStatus.PAUSED, "afgesloten", TrajectoryStatus.CLOSED);

    private DuoRows() {
    }

    /**
     * @param plannedMonths the programme's planned duration, for a row without planned end
     * @param hoursTarget   the programme's hours target, for a row without one
     */
    static PlannedRow plan(RowReader row, Reading reading, int plannedMonths, int hoursTarget) {
        row.require(SpreadsheetKind.DUOS.required());
        Long newcomer = row.text(NEWCOMER) == null ? null : reference(row, reading, NEWCOMER, PersonKind.NEWCOMER);
        Set<Long> buddies = new LinkedHashSet<>();
        for (String buddy : row.list(BUDDY)) {
            Long id = reference(row, reading, BUDDY, PersonKind.VOLUNTEER, buddy);
            if (id != null && !reading.buddies.contains(id)) {
                row.error(BUDDY, "spreadsheet.duo.notABuddy", buddy);
            } else if (id != null) {
                buddies.add(id);
            }
        }
        TrajectoryStatus status = row.choice(DUO_STATUS, TrajectoryStatus.class, STATUS_ALIASES);
        if (status != null && !IMPORTABLE.contains(status)) {
            row.error(DUO_STATUS, "spreadsheet.duo.status", status.name());
        }
        LocalDate start = row.date(START_DATE);
        LocalDate plannedEnd = row.date(PLANNED_END);
        Integer hours = row.integer(HOURS_TARGET);
        Agreement agreement = new Agreement(orImported(row, AGREEMENT_GOALS), orImported(row, RHYTHM), null, null,
                null, orImported(row, CONTACT_PERSON));
        EndReason endReason = row.choice(END_REASON, EndReason.class, Map.of());
        String pauseReason = row.text(PAUSE_REASON);
        if (start != null) {
            Violations.check(reading.validator, new StartInput(start, plannedEnd, hours, agreement),
                    SpreadsheetKind.DUOS, row);
            if (start.isAfter(reading.today)) {
                row.error(START_DATE, "spreadsheet.value.future", start);
            }
        }
        if (status != null && status != TrajectoryStatus.CLOSED && newcomer != null) {
            if (reading.newcomersInDuo.contains(newcomer) || !reading.peopleInFile.add(newcomer)) {
                row.errorText(NEWCOMER, new RuleViolationException("buddy.trajectory.alreadyOpen", newcomer)
                        .message(row.locale()));
            }
        }
        if (row.hasErrors() || newcomer == null || buddies.isEmpty() || start == null || status == null) {
            return null;
        }
        Duo duo = new Duo(newcomer, List.copyOf(buddies), start,
                plannedEnd != null ? plannedEnd : start.plusMonths(plannedMonths), hours != null ? hours : hoursTarget,
                agreement, status, pauseReason, endReason, reading.today);
        try {
            duo.build(Trajectory.waitingList(newcomer, start, null, false));
        } catch (RuleViolationException refused) {
            row.errorText(null, refused.message(row.locale()));
            return null;
        }
        return duo::write;
    }

    private static Long reference(RowReader row, Reading reading, Field field, PersonKind kind) {
        return reference(row, reading, field, kind, row.text(field));
    }

    private static Long reference(RowReader row, Reading reading, Field field, PersonKind kind, String reference) {
        Long id = reading.reference(kind, reference).map(Person::id).orElse(null);
        if (id == null) {
            row.error(field, "spreadsheet.duo.unknownPerson", reference);
        }
        return id;
    }

    /** Agreements kept on paper have no place in the sheet; the duo's agreement then says where it came from. */
    private static String orImported(RowReader row, Field field) {
        String text = row.text(field);
        return text != null ? text : SpreadsheetMessages.text("spreadsheet.duo.agreementImported", row.locale());
    }

    private record Duo(long newcomer, List<Long> buddies, LocalDate start, LocalDate plannedEnd, int hoursTarget,
                       Agreement agreement, TrajectoryStatus status, String pauseReason, EndReason endReason,
                       LocalDate today) {

        /** Takes {@code t} from the waiting list to the row's status; throws what the trajectory refuses. */
        void build(Trajectory t) {
            t.propose(buddies, start);
            t.accept(start);
            t.start(start, plannedEnd, hoursTarget, agreement);
            if (status == TrajectoryStatus.PAUSED) {
                t.pause(pauseReason, today);
            } else if (status == TrajectoryStatus.CLOSED) {
                t.close(endReason, null, today);
            }
        }

        void write(Writing writing) {
            Trajectory t = status == TrajectoryStatus.CLOSED ? null : waiting(writing);
            if (t == null) {
                t = Trajectory.waitingList(newcomer, start, writing.coordinatorId, false);
                writing.em.persist(t);
            }
            build(t);
            writing.em.flush();
            if (status != TrajectoryStatus.CLOSED) {
                // plans its check-ins, as a duo started in the plugin gets them
                writing.duoStarted.fire(new DuoStarted(writing.em, t));
            }
        }

        private Trajectory waiting(Writing writing) {
            return writing.em.createQuery("""
                            select t from Trajectory t where t.newcomerId = :newcomer
                            and t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.WAITING
                            order by t.id""", Trajectory.class)
                    .setParameter("newcomer", newcomer).setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
    }

    static List<String> write(Trajectory t, Map<Long, Person> people) {
        List<String> cells = new ArrayList<>();
        cells.add(reference(people.get(t.newcomerId()), t.newcomerId()));
        cells.add(String.join(", ", t.buddyIds().stream().sorted().map(b -> reference(people.get(b), b)).toList()));
        cells.add(t.startedOn().map(LocalDate::toString).orElse(null));
        cells.add(t.status().name());
        cells.add(t.plannedEnd().map(LocalDate::toString).orElse(null));
        cells.add(t.hoursTarget().map(String::valueOf).orElse(null));
        cells.add(t.agreement().map(Agreement::goals).orElse(null));
        cells.add(t.agreement().map(Agreement::rhythm).orElse(null));
        cells.add(t.agreement().map(Agreement::contactPerson).orElse(null));
        cells.add(t.pauseReason().orElse(null));
        cells.add(t.endReason().map(Enum::name).orElse(null));
        return cells;
    }

    /** A person's e-mail, which survives a move to another host; the host id when he has none. */
    private static String reference(Person person, long id) {
        return person != null && person.email() != null ? person.email() : Long.toString(id);
    }
}
