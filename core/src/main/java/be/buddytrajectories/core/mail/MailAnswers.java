package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.pulse.Answer;
import be.buddytrajectories.core.pulse.ParticipantAnswers;
import be.buddytrajectories.core.pulse.Question;
import be.buddytrajectories.core.pulse.Respondent;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.hostapi.HostInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one-click answers in a buddy's check-in invitation: each is a signed link that says which duo, which buddy
 * and which face, so that following it records the answer without an account. It counts only while the duo runs.
 */
@ApplicationScoped
public class MailAnswers {

    /** The page of the links, below the host's public address. */
    public static final String PATH = "buddy/answer";

    private final BuddyDatabase database;
    private final SignedLinks links;
    private final HostInfo host;
    private final Clock clock;

    @Inject
    public MailAnswers(BuddyDatabase database, SignedLinks links, HostInfo host, Clock clock) {
        this.database = database;
        this.links = links;
        this.host = host;
        this.clock = clock;
    }

    /** The three links of a buddy in a duo, one per face. */
    Map<Answer, String> linksFor(long trajectoryId, long buddyId) {
        Map<Answer, String> answers = new EnumMap<>(Answer.class);
        for (Answer answer : Answer.values()) {
            answers.put(answer, host.link(PATH + "/" + links.sign("a-" + trajectoryId + "-" + buddyId + "-"
                    + answer.name().replace("_", ""))));
        }
        return answers;
    }

    /** Records the answer a link carries; empty when the link is not valid or the duo no longer runs. */
    public Optional<Answer> answer(String link) {
        return links.verify(link).flatMap(MailAnswers::parse).flatMap(given -> database.inTransaction(em -> {
            Trajectory duo = em.find(Trajectory.class, given.trajectoryId());
            if (duo == null || !duo.hasBuddy(given.buddyId())
                    || duo.status() != TrajectoryStatus.ACTIVE && duo.status() != TrajectoryStatus.PAUSED) {
                return Optional.empty();
            }
            ParticipantAnswers.record(em, duo, Respondent.BUDDY, Question.PULSE, given.answer(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return Optional.of(given.answer());
        }));
    }

    private static Optional<Given> parse(String payload) {
        String[] parts = payload.split("-");
        if (parts.length != 4 || !parts[0].equals("a")) {
            return Optional.empty();
        }
        try {
            for (Answer answer : Answer.values()) {
                if (answer.name().replace("_", "").equals(parts[3])) {
                    return Optional.of(new Given(Long.parseLong(parts[1]), Long.parseLong(parts[2]), answer));
                }
            }
            return Optional.empty();
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private record Given(long trajectoryId, long buddyId, Answer answer) {
    }
}
