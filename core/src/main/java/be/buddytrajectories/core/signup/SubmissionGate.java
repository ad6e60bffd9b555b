package be.buddytrajectories.core.signup;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.token.SecretTokens;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonQuery;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The checks against bots and floods that both public forms pass, inside the caller's transaction. */
final class SubmissionGate {

    private SubmissionGate() {
    }

    /**
     * Takes a submission: a bot's is counted and answered as received; valid input from an address under its limit
     * while the queue has room is stored by {@code store} with its count, in one transaction.
     *
     * @param validate throws when the input breaks a constraint (then nothing is written)
     */
    static Submission submit(BuddyDatabase database, FormTicket ticket, String clientAddress, String honeypot,
                             Instant now, Runnable validate, Consumer<EntityManager> store) {
        if (looksAutomated(ticket, honeypot, now)) {
            database.runInTransaction(em -> count(em, clientAddress, now));
            return Submission.RECEIVED;
        }
        validate.run();
        return database.inTransaction(em -> {
            if (overLimit(em, clientAddress, now) || queueFull(em)) {
                return Submission.TRY_LATER;
            }
            count(em, clientAddress, now);
            store.accept(em);
            return Submission.RECEIVED;
        });
    }

    /** Host people with this e-mail address (case and surrounding blanks aside). */
    static List<Person> withEmail(PeopleDirectory people, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return people.search(new PersonQuery(null, wanted, 0, 50)).people().stream()
                .filter(p -> p.email() != null && p.email().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    /** A bot's submission: the honeypot is filled, or the form came back sooner than a person can fill it. */
    static boolean looksAutomated(FormTicket ticket, String honeypot, Instant now) {
        return honeypot != null && !honeypot.isEmpty() || ticket == null
                || ticket.shownAt().plus(SignupLimits.MIN_TIME_TO_FILL).isAfter(now);
    }

    /** Counts one submission from this address; old counts are dropped on the way. */
    static void count(EntityManager em, String clientAddress, Instant now) {
        LocalDateTime at = utc(now);
        em.createQuery("delete from PublicSubmission s where s.submittedAt <= :before")
                .setParameter("before", at.minus(SignupLimits.WINDOW)).executeUpdate();
        em.persist(new PublicSubmission(hash(clientAddress), at));
    }

    /** True when this address already made {@link SignupLimits#PER_ADDRESS} submissions in the window. */
    static boolean overLimit(EntityManager em, String clientAddress, Instant now) {
        return em.createQuery("""
                        select count(s) from PublicSubmission s
                        where s.addressHash = :address and s.submittedAt > :since""", Long.class)
                .setParameter("address", hash(clientAddress))
                .setParameter("since", utc(now).minus(SignupLimits.WINDOW))
                .getSingleResult() >= SignupLimits.PER_ADDRESS;
    }

    /** True when the queue holds {@link SignupLimits#MAX_PENDING} sign-ups and referrals. */
    static boolean queueFull(EntityManager em) {
        long pending = em.createQuery("select count(s) from VolunteerSignup s", Long.class).getSingleResult()
                + em.createQuery("select count(r) from Referral r where r.acceptedAs is null", Long.class)
                .getSingleResult();
        return pending >= SignupLimits.MAX_PENDING;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hash(String clientAddress) {
        return SecretTokens.hash("public-form:" + (clientAddress == null ? "unknown" : clientAddress));
    }
}
