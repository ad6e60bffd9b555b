package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.alerts.Alert;
import be.buddytrajectories.core.alerts.AlertRules;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.contact.ContactFigures;
import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the mails that follow from the programme's state on a day: reminders for quiet duos, invitations to coming
 * check-ins, the weekly digest of each coordinator and the thank-you at the hours target. Each letter's key names the
 * event, so a round run every hour, on any host, writes each mail once.
 */
@ApplicationScoped
public class MailRounds {

    /** Check-ins due within this many days are announced. */
    public static final int INVITE_DAYS_AHEAD = 7;
    /** Duos at this share of their hours target or more, and not yet at it, are "near" it in the digest. */
    static final double NEAR_TARGET = 0.75;
    /** Duos that closed this many days ago or less still get their thank-you. */
    static final int THANK_CLOSED_WITHIN_DAYS = 30;

    private final BuddyDatabase database;
    private final MailOutbox outbox;
    private final MailAnswers answers;
    private final PeopleDirectory people;
    private final HostInfo host;
    private final Clock clock;

    @Inject
    public MailRounds(BuddyDatabase database, MailOutbox outbox, MailAnswers answers, PeopleDirectory people,
                      HostInfo host, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.answers = answers;
        this.people = people;
        this.host = host;
        this.clock = clock;
    }

    /**
     * Sent and skipped mails keep their text this long for the admin's view; then the address, subject and body go,
     * and only the key stays, so that the same event never causes the mail again.
     */
    static final int KEEP_DONE_DAYS = 30;

    /** Writes today's mails and returns how many were written; forgets the text of mails done long enough ago. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> {
            em.createQuery("""
                            update OutgoingMail m set m.address = '', m.subject = '', m.body = ''
                            where m.createdAt < :before and m.body <> ''
                              and m.state in (be.buddytrajectories.core.mail.MailState.SENT,
                                              be.buddytrajectories.core.mail.MailState.SKIPPED)""")
                    .setParameter("before", today.minusDays(KEEP_DONE_DAYS).atStartOfDay()).executeUpdate();
            return reminders(em, today) + invitations(em, today) + thanks(em, today) + digests(em, today);
        });
    }

    private int reminders(EntityManager em, LocalDate today) {
        int quietDays = ProgrammeSettings.load(em).noContactWarningDays();
        int written = 0;
        for (Trajectory t : running(em, List.of(TrajectoryStatus.ACTIVE))) {
            LocalDate quietSince = ContactFigures.lastContact(em, t.id(), today)
                    .orElseGet(() -> t.startedOn().orElseThrow());
            long days = ChronoUnit.DAYS.between(quietSince, today);
            if (days < quietDays) {
                continue;
            }
            Optional<Person> newcomer = people.find(t.newcomerId());
            for (long buddyId : t.buddyIds()) {
                Optional<Person> buddy = people.find(buddyId);
                if (buddy.isPresent()) {
                    written += write(em, new Letter(MailKind.NO_CONTACT_REMINDER, Audience.BUDDY, buddy.get(),
                            "reminder:" + t.id() + ":" + buddyId + ":" + quietSince, Map.of(
                            "partner", firstName(newcomer), "days", Long.toString(days),
                            "link", host.link("buddy/me"))));
                }
            }
        }
        return written;
    }

    private int invitations(EntityManager em, LocalDate today) {
        List<CheckIn> coming = em.createQuery("""
                        select c from CheckIn c where c.doneOn is null and c.dueOn >= :today and c.dueOn <= :until
                        order by c.dueOn, c.id""", CheckIn.class)
                .setParameter("today", today).setParameter("until", today.plusDays(INVITE_DAYS_AHEAD)).getResultList();
        int written = 0;
        for (CheckIn checkIn : coming) {
            Trajectory t = em.find(Trajectory.class, checkIn.trajectoryId());
            if (t == null || t.status() != TrajectoryStatus.ACTIVE) {
                continue;
            }
            Optional<Person> newcomer = people.find(t.newcomerId());
            String date = checkIn.dueOn().toString();
            for (long buddyId : t.buddyIds()) {
                Optional<Person> buddy = people.find(buddyId);
                if (buddy.isPresent()) {
                    String language = MailLanguage.of(buddy.get(), Audience.BUDDY);
                    written += write(em, new Letter(MailKind.CHECK_IN_INVITATION, Audience.BUDDY, buddy.get(),
                            "check-in:" + checkIn.id() + ":" + buddyId, Map.of("partner", firstName(newcomer),
                            "date", date, "answers", oneClickAnswers(language, t.id(), buddyId)))
                            .with(Attachment.CHECK_IN_ICS, checkIn.id()));
                }
            }
            if (newcomer.isPresent()) {
                String language = MailLanguage.of(newcomer.get(), Audience.NEWCOMER);
                written += write(em, new Letter(MailKind.CHECK_IN_INVITATION, Audience.NEWCOMER, newcomer.get(),
                        "check-in:" + checkIn.id() + ":" + t.newcomerId(), Map.of(
                        "partner", t.buddyIds().stream().map(people::find).map(MailRounds::firstName)
                                .collect(Collectors.joining(", ")),
                        "date", date, "answers", MailTemplates.text(language, "answers.newcomer")))
                        .with(Attachment.CHECK_IN_ICS, checkIn.id()));
            }
        }
        return written;
    }

    /** One line per face: its word and the link that records it. */
    private String oneClickAnswers(String language, long trajectoryId, long buddyId) {
        return answers.linksFor(trajectoryId, buddyId).entrySet().stream()
                .map(e -> MailTemplates.text(language, "answer." + e.getKey().name()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private int thanks(EntityManager em, LocalDate today) {
        List<Trajectory> candidates = new ArrayList<>(running(em, List.of(TrajectoryStatus.ACTIVE,
                TrajectoryStatus.PAUSED)));
        candidates.addAll(em.createQuery("""
                        select t from Trajectory t where t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.CLOSED
                          and t.closedOn >= :since""", Trajectory.class)
                .setParameter("since", today.minusDays(THANK_CLOSED_WITHIN_DAYS)).getResultList());
        int written = 0;
        for (Trajectory t : candidates) {
            int target = t.hoursTarget().orElse(0);
            long minutes = CountedHours.of(em, t.id(), today).countedMinutes();
            if (target <= 0 || minutes < target * 60L) {
                continue;
            }
            String hours = Long.toString(minutes / 60);
            Optional<Person> newcomer = people.find(t.newcomerId());
            String buddies = t.buddyIds().stream().map(people::find).map(MailRounds::firstName)
                    .collect(Collectors.joining(", "));
            for (long buddyId : t.buddyIds()) {
                Optional<Person> buddy = people.find(buddyId);
                if (buddy.isPresent()) {
                    written += write(em, new Letter(MailKind.THANK_YOU, Audience.BUDDY, buddy.get(),
                            "thanks:" + t.id() + ":" + buddyId, Map.of("partner", firstName(newcomer), "hours", hours)));
                }
            }
            if (newcomer.isPresent()) {
                written += write(em, new Letter(MailKind.THANK_YOU, Audience.NEWCOMER, newcomer.get(),
                        "thanks:" + t.id() + ":" + t.newcomerId(), Map.of("partner", buddies, "hours", hours))
                        .with(Attachment.PROOF_PDF, t.id()));
            }
        }
        return written;
    }

    /** Once per ISO week: the first round of the week writes it. */
    private int digests(EntityManager em, LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Trajectory> all = running(em, List.of(TrajectoryStatus.ACTIVE, TrajectoryStatus.PAUSED));
        Map<Long, List<Trajectory>> byCoordinator = all.stream().filter(t -> t.coordinatorId().isPresent())
                .collect(Collectors.groupingBy(t -> t.coordinatorId().get()));
        List<Trajectory> newlyWaiting = em.createQuery("""
                        select t from Trajectory t where t.status = be.buddytrajectories.core.trajectory.TrajectoryStatus.WAITING
                          and t.waitingSince >= :since order by t.waitingSince, t.id""", Trajectory.class)
                .setParameter("since", monday.minusDays(7)).getResultList();
        int written = 0;
        for (Map.Entry<Long, List<Trajectory>> entry : byCoordinator.entrySet()) {
            Optional<Person> coordinator = people.find(entry.getKey());
            if (coordinator.isEmpty()) {
                continue;
            }
            String language = MailLanguage.of(coordinator.get(), Audience.COORDINATOR);
            String digest = digest(em, language, entry.getValue(), newlyWaiting, today);
            written += write(em, new Letter(MailKind.WEEKLY_DIGEST, Audience.COORDINATOR, coordinator.get(),
                    "digest:" + entry.getKey() + ":" + week, Map.of("week", week, "digest", digest,
                    "link", host.link("buddy"))));
        }
        return written;
    }

    /** The digest's sections: first names and dates only, never notes. */
    private String digest(EntityManager em, String language, List<Trajectory> duos, List<Trajectory> newlyWaiting,
                          LocalDate today) {
        StringBuilder out = new StringBuilder();
        List<Alert> alerts = AlertRules.evaluate(em, duos, today);
        section(out, language, "digest.alerts", alerts.stream().map(a -> "- "
                + MailTemplates.text(language, "digest.alert." + a.kind().name()) + ": "
                + firstName(people.find(a.newcomerId())) + (a.since() == null ? "" : " (" + a.since() + ")")).toList());
        section(out, language, "digest.waiting", newlyWaiting.stream().map(t -> "- "
                + firstName(people.find(t.newcomerId())) + " (" + t.waitingSince() + ")").toList());
        List<String> near = new ArrayList<>();
        for (Trajectory t : duos) {
            int target = t.hoursTarget().orElse(0);
            long minutes = CountedHours.of(em, t.id(), today).countedMinutes();
            if (target > 0 && minutes >= NEAR_TARGET * target * 60 && minutes < target * 60L) {
                near.add("- " + firstName(people.find(t.newcomerId())) + ": " + minutes / 60 + "/" + target + " h");
            }
        }
        section(out, language, "digest.nearTarget", near);
        return out.toString().strip();
    }

    private static void section(StringBuilder out, String language, String heading, List<String> lines) {
        out.append(MailTemplates.text(language, heading)).append(" (").append(lines.size()).append(")\n");
        lines.forEach(line -> out.append(line).append('\n'));
        if (lines.isEmpty()) {
            out.append("- ").append(MailTemplates.text(language, "digest.none")).append('\n');
        }
        out.append('\n');
    }

    private int write(EntityManager em, Letter letter) {
        return outbox.write(em, letter).isPresent() ? 1 : 0;
    }

    private static List<Trajectory> running(EntityManager em, List<TrajectoryStatus> statuses) {
        return em.createQuery("select t from Trajectory t where t.status in :statuses order by t.id", Trajectory.class)
                .setParameter("statuses", statuses).getResultList();
    }

    private static String firstName(Optional<Person> person) {
        return person.map(Person::firstName).orElse("");
    }
}
