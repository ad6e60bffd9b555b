package be.buddytrajectories.core.fairness;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.intake.NewcomerIntake;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.trajectory.TrajectoryService;
import be.buddytrajectories.core.trajectory.WaitingEntry;
import be.buddytrajectories.hostapi.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How long the waiting list's groups wait; see the package description. */
@ApplicationScoped
public class WaitingListFairness {

    /** Fewer newcomers than this in a group: no figures. */
    public static final int SMALLEST_GROUP = 5;
    /** A group whose median wait is this many times the whole list's, or more, waits longer than most. */
    static final double LONGER = 1.5;

    private final TrajectoryService trajectories;
    private final BuddyDatabase database;
    private final PeopleDirectory people;
    private final AccessGuard access;

    @Inject
    public WaitingListFairness(TrajectoryService trajectories, BuddyDatabase database, PeopleDirectory people,
                               AccessGuard access) {
        this.trajectories = trajectories;
        this.database = database;
        this.people = people;
        this.access = access;
    }

    /** The waiting list now, by Dutch level, municipality and obligation (coordinators and admins). */
    public WaitingFairness now() {
        access.requireAny("fairness.waitingList", Permission.COORDINATOR, Permission.ADMIN);
        List<WaitingEntry> waiting = trajectories.waitingList();
        if (waiting.isEmpty()) {
            return new WaitingFairness(0, 0, List.of(), List.of(), List.of());
        }
        List<Long> newcomers = waiting.stream().map(WaitingEntry::newcomerId).distinct().toList();
        Map<Long, String> levels = database.inTransaction(em -> em.createQuery(
                        "select i from NewcomerIntake i where i.newcomerId in :ids", NewcomerIntake.class)
                .setParameter("ids", newcomers)
                .getResultStream()
                .collect(Collectors.toMap(NewcomerIntake::newcomerId, i -> i.dutchLevel().name(), (a, b) -> a)));
        Map<Long, String> municipalities = new HashMap<>();
        people.findAll(newcomers).forEach(person -> municipalities.put(person.id(),
                person.municipality() == null ? "" : person.municipality().strip()));
        long overall = median(waiting.stream().map(WaitingEntry::daysWaiting).toList());
        return new WaitingFairness(waiting.size(), overall,
                groups(waiting, e -> levels.getOrDefault(e.newcomerId(), ""), overall),
                groups(waiting, e -> municipalities.getOrDefault(e.newcomerId(), ""), overall),
                groups(waiting, e -> e.pntObliged() ? "obliged" : "not-obliged", overall));
    }

    private static List<WaitingGroup> groups(List<WaitingEntry> waiting, Function<WaitingEntry, String> value,
                                             long overall) {
        Map<String, List<Long>> days = new TreeMap<>();
        waiting.forEach(e -> days.computeIfAbsent(value.apply(e), v -> new ArrayList<>()).add(e.daysWaiting()));
        return days.entrySet().stream()
                .map(group -> group(group.getKey(), group.getValue(), overall))
                .sorted(Comparator.comparing(WaitingGroup::tooSmall)
                        .thenComparing(g -> g.tooSmall() ? 0 : -g.medianDays())
                        .thenComparing(WaitingGroup::value))
                .toList();
    }

    private static WaitingGroup group(String value, List<Long> days, long overall) {
        if (days.size() < SMALLEST_GROUP) {
            return new WaitingGroup(value, days.size(), null, null, false);
        }
        long median = median(days);
        return new WaitingGroup(value, days.size(), median, days.stream().mapToLong(Long::longValue).max().orElse(0),
                overall > 0 && median >= LONGER * overall);
    }

    /** The middle value, or the mean of the two middle ones rounded down; 0 for none. */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
