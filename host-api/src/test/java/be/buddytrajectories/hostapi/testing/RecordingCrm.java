package be.buddytrajectories.hostapi.testing;

import be.buddytrajectories.hostapi.CrmWriteBack;
import be.buddytrajectories.hostapi.CrmWriteFailed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CRM that keeps what the plugin writes back, idempotent by key as the SPI demands, and fails as a real one can:
 * down, refusing, or storing a write and losing the answer. The real APIv4 path is tested in the adapter against
 * an HTTP server.
 */
public final class RecordingCrm implements CrmWriteBack {

    /** A relationship as the CRM holds it. */
    public record Relationship(BuddyRelationship relationship, LocalDate endDate) {
    }

    private final Set<Write> writes = EnumSet.noneOf(Write.class);
    private final Map<Long, ContactActivity> activities = new LinkedHashMap<>();
    private final Map<List<Long>, Relationship> relationships = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private CrmWriteFailed refusal;
    private boolean loseNextAnswer;
    private boolean dieAfterNextStore;

    /** From now on the host writes exactly these back. */
    public synchronized void switchTo(Write... kinds) {
        writes.clear();
        writes.addAll(List.of(kinds));
    }

    @Override
    public synchronized Set<Write> writes() {
        return EnumSet.copyOf(writes);
    }

    @Override
    public synchronized String recordContact(ContactActivity activity) {
        calls.add("recordContact " + activity.key());
        refuseIfAsked();
        activities.putIfAbsent(activity.key(), activity);
        answered();
        return "activity-" + activity.key();
    }

    @Override
    public synchronized String startRelationship(BuddyRelationship relationship) {
        calls.add("startRelationship " + relationship.key() + "/" + relationship.buddyId());
        refuseIfAsked();
        relationships.putIfAbsent(List.of(relationship.key(), relationship.buddyId()),
                new Relationship(relationship, null));
        answered();
        return "relationship-" + relationship.key() + "-" + relationship.buddyId();
    }

    @Override
    public synchronized void endRelationship(BuddyRelationship relationship, LocalDate endDate) {
        calls.add("endRelationship " + relationship.key() + "/" + relationship.buddyId());
        refuseIfAsked();
        relationships.computeIfPresent(List.of(relationship.key(), relationship.buddyId()),
                (k, r) -> new Relationship(r.relationship(), endDate));
        answered();
    }

    private void refuseIfAsked() {
        if (refusal != null) {
            throw refusal;
        }
    }

    private void answered() {
        if (dieAfterNextStore) {
            dieAfterNextStore = false;
            throw new HostDied();
        }
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new CrmWriteFailed("Read timed out", false, null);
        }
    }

    /** What a test throws where a real host would have been killed. */
    public static final class HostDied extends Error {
    }

    /** From now on every write fails, as a CRM that is down ({@code permanent} false) or refuses the data. */
    public synchronized void refuse(String message, boolean permanent) {
        refusal = new CrmWriteFailed(message, permanent, null);
    }

    public synchronized void accept() {
        refusal = null;
    }

    /** The next write is stored, and its answer is lost on the way back (a timeout). */
    public synchronized void loseNextAnswer() {
        loseNextAnswer = true;
    }

    /** The next write is stored, then the writer ends as a killed host would, recording nothing. */
    public synchronized void dieAfterNextStore() {
        dieAfterNextStore = true;
    }

    public synchronized Map<Long, ContactActivity> activities() {
        return Map.copyOf(activities);
    }

    public synchronized List<Relationship> relationships() {
        return List.copyOf(relationships.values());
    }

    public synchronized void clearCalls() {
        calls.clear();
    }

    /** Every call, stored or not, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
