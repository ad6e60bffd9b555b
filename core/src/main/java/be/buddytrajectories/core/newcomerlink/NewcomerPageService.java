package be.buddytrajectories.core.newcomerlink;

import be.buddytrajectories.core.contact.CountedHours;
import be.buddytrajectories.core.contact.NewcomerConfirmations;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswer;
import be.buddytrajectories.core.pulse.ParticipantAnswers;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.pulse.Respondent;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The newcomer's page behind his personal link. Nobody signs in: the token is the permission, checked again at
 * every call, and a malformed, unknown or revoked token or a duo that no longer runs all give the same empty answer.
 */
@ApplicationScoped
public class NewcomerPageService {

    /** The fit check is asked in the first weeks of a duo, until the coordinator recorded it. */
    public static final int FIT_CHECK_WEEKS = 6;

    private final BuddyDatabase database;
    private final PeopleDirectory people;
    private final Clock clock;

    @Inject
    public NewcomerPageService(BuddyDatabase database, PeopleDirectory people, Clock clock) {
        this.database = database;
        this.people = people;
        this.clock = clock;
    }

    /** The page, or empty when the link does not work. */
    public Optional<NewcomerPage> open(String token) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> NewcomerLinks.runningDuo(em, token).map(duo -> {
            String buddies = duo.buddyIds().stream().map(people::find).flatMap(Optional::stream)
                    .map(Person::firstName).collect(Collectors.joining(" & "));
            String newcomer = people.find(duo.newcomerId()).map(Person::firstName).orElse("");
            Optional<Answer> pulse = ParticipantAnswers.latest(em, duo.id(), Respondent.NEWCOMER, Question.PULSE)
                    .filter(a -> !a.answeredAt().toLocalDate().isBefore(today.minusDays(6)))
                    .map(ParticipantAnswer::answer);
            Optional<Answer> fit = ParticipantAnswers.latest(em, duo.id(), Respondent.NEWCOMER, Question.FIT)
                    .map(ParticipantAnswer::answer);
            return new NewcomerPage(newcomer, buddies, NewcomerConfirmations.awaiting(em, duo.id(), today).stream()
                    .map(c -> new MeetingToConfirm(c.id(), c.metOn(), c.minutes(), c.activityType())).toList(),
                    CountedHours.of(em, duo.id(), today).countedMinutes(), duo.hoursTarget().orElse(0), pulse,
                    fitAsked(duo, today), fit);
        }));
    }

    /**
     * The newcomer confirms that a meeting his buddy logged took place.
     *
     * @return false when the link does not work or the meeting is not one of this duo's past meetings
     */
    public boolean confirmMeeting(String token, long contactId) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(em -> NewcomerLinks.runningDuo(em, token)
                .map(duo -> NewcomerConfirmations.confirm(em, duo.id(), contactId, today, now()))
                .orElse(false));
    }

    /**
     * Stores the newcomer's answer to the pulse or the fit check.
     *
     * @return false when the link does not work
     */
    public boolean answer(String token, Question question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        return database.inTransaction(em -> NewcomerLinks.runningDuo(em, token).map(duo -> {
            ParticipantAnswers.record(em, duo, Respondent.NEWCOMER, question, answer, now());
            return true;
        }).orElse(false));
    }

    static boolean fitAsked(Trajectory duo, LocalDate today) {
        return duo.fitCheck().isEmpty() && duo.startedOn()
                .filter(start -> !today.isAfter(start.plusWeeks(FIT_CHECK_WEEKS))).isPresent();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
