package be.buddytrajectories.core.report;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.contact.HoursParts;
import be.buddytrajectories.core.outcome.MeasureMoment;
import be.buddytrajectories.core.outcome.OutcomeMeasure;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.EndReason;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** The period report, on screen and as CSV or PDF; see the package description. */
@ApplicationScoped
public class PeriodReports {

    /** The hours target of a duo that started before targets were kept: the decree's participation track. */
    static final int DECREE_HOURS = 40;

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public PeriodReports(BuddyDatabase database, AccessGuard access, InputValidator validator, PeopleDirectory people,
                         AuditTrail audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of a period (coordinators and admins). */
    public PeriodReport report(ReportPeriod period) {
        access.requireAny("report.period", Permission.COORDINATOR, Permission.ADMIN);
        check(period);
        return database.inTransaction(em -> compose(em, period));
    }

    /** The report as CSV for a spreadsheet, in the caller's words; audited as an export. */
    public byte[] csv(ReportPeriod period, ReportText text, Locale locale) {
        return PeriodReportCsv.render(exported(period, "csv"), text, locale);
    }

    /** The report as a PDF to send a funder, in the caller's words; audited as an export. */
    public byte[] pdf(ReportPeriod period, ReportText text, Locale locale) {
        return PeriodReportPdf.render(exported(period, "pdf"), text, locale);
    }

    /** The municipalities the newcomers of the programme live in, to choose one report from. */
    public List<String> municipalities() {
        access.requireAny("report.municipalities", Permission.COORDINATOR, Permission.ADMIN);
        List<Long> newcomers = database.inTransaction(em -> em.createQuery(
                "select distinct t.newcomerId from Trajectory t", Long.class).getResultList());
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        people.findAll(newcomers).stream().map(Person::municipality)
                .filter(m -> m != null && !m.isBlank()).map(String::strip).forEach(names::add);
        return List.copyOf(names);
    }

    private PeriodReport exported(ReportPeriod period, String format) {
        access.requireAny("report.export", Permission.COORDINATOR, Permission.ADMIN);
        check(period);
        return database.inTransaction(em -> {
            PeriodReport report = compose(em, period);
            audit.record(em, AuditAction.EXPORT_REPORT, null, format + " " + period.from() + " – " + period.to()
                    + period.onlyMunicipality().map(m -> ", " + m).orElse(""));
            return report;
        });
    }

    private void check(ReportPeriod period) {
        validator.check(period);
        if (period.to().isBefore(period.from())) {
            throw new RuleViolationException("buddy.report.period.order");
        }
        if (ChronoUnit.MONTHS.between(period.from(), period.to()) >= ReportPeriod.Limits.MAX_MONTHS) {
            throw new RuleViolationException("buddy.report.period.tooLong", ReportPeriod.Limits.MAX_MONTHS);
        }
    }

    private PeriodReport compose(EntityManager em, ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = period.from();
        LocalDate until = period.to().isAfter(today) ? today : period.to();
        List<Duo> candidates = em.createQuery("""
                        select t.id, t.newcomerId, t.waitingSince, t.startedOn, t.closedOn, t.endReason, t.hoursTarget
                        from Trajectory t
                        where t.waitingSince <= :until and (t.closedOn is null or t.closedOn >= :from)""",
                        Object[].class)
                .setParameter("until", until).setParameter("from", from)
                .getResultStream().map(Duo::of).toList();
        List<OutcomeMeasure> answers = em.createQuery("""
                        select m from OutcomeMeasure m where m.measuredOn >= :from and m.measuredOn <= :until""",
                        OutcomeMeasure.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
        List<Object[]> attendance = em.createQuery("""
                        select s.id, s.minutes, a from TrainingSession s join s.attendees a
                        where s.heldOn >= :from and s.heldOn <= :until""", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList();

        Set<Long> persons = new HashSet<>();
        candidates.forEach(d -> persons.add(d.newcomerId));
        answers.forEach(a -> a.newcomerId().ifPresent(persons::add));
        attendance.forEach(row -> persons.add((Long) row[2]));
        Predicate<Long> inArea = inMunicipality(period, persons);

        List<Duo> duos = candidates.stream().filter(d -> inArea.test(d.newcomerId)).toList();
        Map<Long, Boolean> obliged = new HashMap<>();
        em.createQuery("select i.newcomerId, i.pntObliged from NewcomerIntake i", Object[].class)
                .getResultStream().forEach(row -> obliged.put((Long) row[0], (Boolean) row[1]));

        List<Duo> ran = duos.stream().filter(d -> d.ranBetween(from, until)).toList();
        List<Duo> started = ran.stream().filter(d -> !d.startedOn.isBefore(from)).toList();
        List<Duo> closed = ran.stream().filter(d -> d.closedOn != null && !d.closedOn.isAfter(until)).toList();
        long withdrawn = duos.stream().filter(d -> d.startedOn == null && d.closedOn != null
                && !d.closedOn.isBefore(from) && !d.closedOn.isAfter(until)).count();

        Set<Long> reached = new HashSet<>();
        ran.forEach(d -> reached.add(d.newcomerId));
        long reachedObliged = reached.stream().filter(n -> obliged.getOrDefault(n, false)).count();
        Map<String, Figure> byObligation = Figure.breakdown(
                Map.of("obliged", reachedObliged, "notObliged", reached.size() - reachedObliged));

        Map<EndReason, Long> reasons = new EnumMap<>(EndReason.class);
        Arrays.stream(EndReason.values()).forEach(r -> reasons.put(r, 0L));
        closed.forEach(d -> reasons.merge(d.endReason, 1L, Long::sum));
        Map<EndReason, Figure> byReason = new EnumMap<>(Figure.breakdown(reasons));

        Map<Long, Duo> ranById = new HashMap<>();
        ran.forEach(d -> ranById.put(d.id, d));
        List<Meeting> meetings = em.createQuery("""
                        select c.trajectoryId, c.metOn, c.minutes from Contact c
                        where c.metOn >= :from and c.metOn <= :until""", Object[].class)
                .setParameter("from", from).setParameter("until", until)
                .getResultStream().map(Meeting::of).filter(m -> ranById.containsKey(m.trajectoryId)).toList();

        Map<Long, HoursParts> counted = CountedHours.of(em, closed.stream().map(Duo::id).toList(), until);
        List<Double> closedHours = closed.stream().map(d -> counted.get(d.id).countedMinutes() / 60.0).toList();
        long reachedTarget = closed.stream()
                .filter(d -> counted.get(d.id).countedMinutes() >= 60L * d.hoursTarget).count();

        return new PeriodReport(period, until,
                Figure.count(reached.size()), byObligation.get("obliged"), byObligation.get("notObliged"),
                Figure.count(started.size()), Figure.count(ran.size()),
                Figure.count(ran.stream().filter(d -> d.closedOn == null || d.closedOn.isAfter(until)).count()),
                Figure.count(closed.size()), byReason, Figure.count(withdrawn),
                Figure.sum(meetings.stream().map(Meeting::trajectoryId).distinct().count(),
                        meetings.stream().mapToLong(Meeting::minutes).sum() / 60.0),
                Figure.about(closed.size(), median(closedHours)),
                Figure.about(closed.size(), closed.isEmpty() ? 0 : 100.0 * reachedTarget / closed.size()),
                Figure.about(started.size(), median(started.stream()
                        .map(d -> (double) ChronoUnit.DAYS.between(d.waitingSince, d.startedOn)).toList())),
                outcomes(answers.stream().filter(a -> a.newcomerId().map(inArea::test).orElse(period.municipality() == null))
                        .toList()),
                training(em, period, attendance, inArea, from, until),
                months(from, until, started, meetings));
    }

    /** Everyone when no municipality is asked; else the persons who live there according to the host. */
    private Predicate<Long> inMunicipality(ReportPeriod period, Set<Long> persons) {
        if (period.onlyMunicipality().isEmpty()) {
            return person -> true;
        }
        String asked = period.municipality();
        Set<Long> living = new HashSet<>();
        people.findAll(List.copyOf(persons)).stream()
                .filter(p -> p.municipality() != null && p.municipality().strip().equalsIgnoreCase(asked))
                .forEach(p -> living.add(p.id()));
        return living::contains;
    }

    private static List<PeriodReport.Outcome> outcomes(List<OutcomeMeasure> answers) {
        List<PeriodReport.Outcome> outcomes = new ArrayList<>();
        for (MeasureMoment moment : MeasureMoment.values()) {
            List<OutcomeMeasure> given = answers.stream().filter(a -> a.moment() == moment).toList();
            outcomes.add(new PeriodReport.Outcome(moment, Figure.count(given.size()),
                    average(given, OutcomeMeasure::selfConfidence), average(given, OutcomeMeasure::outlook),
                    average(given, OutcomeMeasure::knowsWhereToGo), average(given, OutcomeMeasure::localsSpokenTo),
                    average(given, OutcomeMeasure::wellbeing)));
        }
        return outcomes;
    }

    private static Figure average(List<OutcomeMeasure> given, ToIntFunction<OutcomeMeasure> answer) {
        return Figure.about(given.size(), given.stream().mapToInt(answer).average().orElse(0));
    }

    private static PeriodReport.Training training(EntityManager em, ReportPeriod period, List<Object[]> attendance,
                                                  Predicate<Long> inArea, LocalDate from, LocalDate until) {
        Map<Long, Integer> sessions = new HashMap<>();
        em.createQuery("select s.id, s.minutes from TrainingSession s where s.heldOn >= :from and s.heldOn <= :until",
                        Object[].class)
                .setParameter("from", from).setParameter("until", until)
                .getResultStream().forEach(row -> sessions.put((Long) row[0], (Integer) row[1]));
        List<Object[]> attended = attendance.stream().filter(row -> inArea.test((Long) row[2])).toList();
        Set<Long> counted = new HashSet<>(sessions.keySet());
        if (period.onlyMunicipality().isPresent()) {
            counted.clear();
            attended.forEach(row -> counted.add((Long) row[0]));
        }
        long buddies = attended.stream().map(row -> (Long) row[2]).distinct().count();
        long minutes = attended.stream().filter(row -> row[1] != null).mapToLong(row -> (Integer) row[1]).sum();
        return new PeriodReport.Training(Figure.of(counted.size()), Figure.count(buddies),
                Figure.sum(buddies, minutes / 60.0),
                counted.stream().filter(id -> sessions.get(id) == null).count());
    }

    private static List<PeriodReport.Month> months(LocalDate from, LocalDate until, List<Duo> started,
                                                   List<Meeting> meetings) {
        List<PeriodReport.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            YearMonth current = month;
            List<Meeting> held = meetings.stream().filter(m -> YearMonth.from(m.metOn).equals(current)).toList();
            months.add(new PeriodReport.Month(month,
                    Figure.count(started.stream().filter(d -> YearMonth.from(d.startedOn).equals(current)).count()),
                    Figure.sum(held.stream().map(Meeting::trajectoryId).distinct().count(),
                            held.stream().mapToLong(Meeting::minutes).sum() / 60.0)));
        }
        return months;
    }

    /** The middle value, or the mean of the two middle ones; 0 for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** A trajectory as the report reads it. */
    private record Duo(long id, long newcomerId, LocalDate waitingSince, LocalDate startedOn, LocalDate closedOn,
                       EndReason endReason, int hoursTarget) {

        static Duo of(Object[] row) {
            return new Duo((Long) row[0], (Long) row[1], (LocalDate) row[2], (LocalDate) row[3], (LocalDate) row[4],
                    (EndReason) row[5], row[6] == null ? DECREE_HOURS : (Integer) row[6]);
        }

        /** The duo met (or could meet) on a day between the two: it started by then and had not ended before. */
        boolean ranBetween(LocalDate from, LocalDate until) {
            return startedOn != null && !startedOn.isAfter(until) && (closedOn == null || !closedOn.isBefore(from));
        }
    }

    private record Meeting(long trajectoryId, LocalDate metOn, int minutes) {

        static Meeting of(Object[] row) {
            return new Meeting((Long) row[0], (LocalDate) row[1], (Integer) row[2]);
        }
    }
}
