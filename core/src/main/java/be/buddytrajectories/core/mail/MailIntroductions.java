package be.buddytrajectories.core.mail;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.core.trajectory.TrajectoryAccess;
import be.buddytrajectories.core.trajectory.TrajectoryStatus;
import be.buddytrajectories.core.validation.InputValidator;
import be.buddytrajectories.hostapi.HostInfo;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A coordinator introduces the people of a proposed (or accepted) or running duo to each other by mail: first names and
 * municipalities always, e-mail addresses and phone numbers only when he chooses to share them.
 */
@ApplicationScoped
public class MailIntroductions {

    private static final EnumSet<TrajectoryStatus> INTRODUCIBLE =
            EnumSet.of(TrajectoryStatus.PROPOSED, TrajectoryStatus.ACTIVE);

    private final BuddyDatabase database;
    private final AccessGuard access;
    private final InputValidator validator;
    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final HostInfo host;
    private final Clock clock;

    @Inject
    public MailIntroductions(BuddyDatabase database, AccessGuard access, InputValidator validator, MailOutbox outbox,
                             PeopleDirectory people, HostInfo host, Clock clock) {
        this.database = database;
        this.access = access;
        this.validator = validator;
        this.outbox = outbox;
        this.people = people;
        this.host = host;
        this.clock = clock;
    }

    /** Writes the introduction to each buddy and to the newcomer; returns how many mails were written. */
    public int introduce(long trajectoryId, IntroductionInput input) {
        access.requireAny("mail.introduce", Permission.COORDINATOR, Permission.ADMIN);
        validator.check(input);
        String message = input.message() == null ? "" : input.message().strip();
        return database.inTransaction(em -> {
            Trajectory t = TrajectoryAccess.load(em, trajectoryId);
            if (!INTRODUCIBLE.contains(t.status())) {
                throw new RuleViolationException("buddy.mail.introduction.notNow");
            }
            Optional<Person> newcomer = people.find(t.newcomerId());
            List<Person> buddies = t.buddyIds().stream().map(people::find).flatMap(Optional::stream).toList();
            String stamp = Long.toString(clock.millis());
            List<Letter> letters = new ArrayList<>();
            for (Person buddy : buddies) {
                letters.add(new Letter(MailKind.INTRODUCTION, Audience.BUDDY, buddy,
                        "introduction:" + t.id() + ":" + buddy.id() + ":" + stamp, Map.of(
                        "partner", newcomer.map(Person::firstName).orElse(""),
                        "partnerMunicipality", newcomer.map(MailIntroductions::municipality).orElse(""),
                        "message", message,
                        "contact", input.shareContactDetails() ? newcomer.map(MailIntroductions::contact).orElse("") : "",
                        "link", host.link("buddy/me"))));
            }
            newcomer.ifPresent(n -> letters.add(new Letter(MailKind.INTRODUCTION, Audience.NEWCOMER, n,
                    "introduction:" + t.id() + ":" + n.id() + ":" + stamp, Map.of(
                    "partner", buddies.stream().map(Person::firstName).collect(Collectors.joining(", ")),
                    "partnerMunicipality", buddies.stream().map(MailIntroductions::municipality)
                            .filter(m -> !m.isEmpty()).distinct().collect(Collectors.joining(", ")),
                    "message", message,
                    "contact", input.shareContactDetails()
                            ? buddies.stream().map(MailIntroductions::contact).collect(Collectors.joining("\n")) : "",
                    "link", ""))));
            int written = 0;
            for (Letter letter : letters) {
                written += outbox.write(em, letter).isPresent() ? 1 : 0;
            }
            return written;
        });
    }

    private static String municipality(Person person) {
        return person.municipality() == null ? "" : person.municipality();
    }

    /** The first name with e-mail and phone, as far as known; never the street address. */
    private static String contact(Person person) {
        return Stream.of(person.firstName(), person.email(), person.phone())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }
}
