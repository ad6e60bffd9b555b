package be.buddytrajectories.search.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximum-total-score assignment of newcomers to buddies with capacities, as a min-cost flow (source →
 * newcomer → buddy → sink) solved by successive shortest paths (Bellman–Ford, since costs are negative scores).
 * It stops when no augmenting path improves the total, so a newcomer stays unassigned rather than lower the
 * total. Scores are rounded to 1/1000; among equal totals, earlier newcomers on the waiting list win.
 * Deterministic: edges are explored in input order.
 */
final class CapacitatedAssignment {

    /** An edge newcomer → buddy with the matcher's score. */
    record Candidate(String buddyId, float score) {
    }

    private CapacitatedAssignment() {
    }

    /**
     * @param candidates per newcomer (waiting-list order), his candidate buddies
     * @param capacities remaining capacity per buddy; missing means 0
     * @return per newcomer the index into his candidate list, or -1 when unassigned
     */
    static int[] solve(List<List<Candidate>> candidates, Map<String, Integer> capacities) {
        int newcomers = candidates.size();
        Map<String, Integer> buddyNodes = new LinkedHashMap<>();
        candidates.forEach(list -> list.forEach(c -> buddyNodes.computeIfAbsent(c.buddyId(),
                id -> 1 + newcomers + buddyNodes.size())));
        int sink = 1 + newcomers + buddyNodes.size();
        Graph graph = new Graph(sink + 1);
        long scale = (long) newcomers * newcomers + 1;
        int[][] candidateEdges = new int[newcomers][];
        for (int i = 0; i < newcomers; i++) {
            graph.addEdge(0, 1 + i, 1, 0);
            List<Candidate> list = candidates.get(i);
            candidateEdges[i] = new int[list.size()];
            for (int c = 0; c < list.size(); c++) {
                long cost = -(Math.round(list.get(c).score() * 1000.0) * scale + (newcomers - i));
                candidateEdges[i][c] = graph.addEdge(1 + i, buddyNodes.get(list.get(c).buddyId()), 1, cost);
            }
        }
        buddyNodes.forEach((id, node) -> graph.addEdge(node, sink, Math.max(0, capacities.getOrDefault(id, 0)), 0));
        while (graph.augmentIfImproving(0, sink)) {
            // each augmentation assigns (or reassigns) along one shortest path
        }
        int[] assignment = new int[newcomers];
        for (int i = 0; i < newcomers; i++) {
            assignment[i] = -1;
            for (int c = 0; c < candidateEdges[i].length; c++) {
                if (graph.flow(candidateEdges[i][c]) > 0) {
                    assignment[i] = c;
                }
            }
        }
        return assignment;
    }

    /** Residual graph with paired forward/backward edges. */
    private static final class Graph {

        private final List<List<Integer>> outgoing = new ArrayList<>();
        private final List<int[]> ends = new ArrayList<>(); // {from, to}
        private final List<Long> costs = new ArrayList<>();
        private final List<Integer> residual = new ArrayList<>();

        Graph(int nodes) {
            for (int i = 0; i < nodes; i++) {
                outgoing.add(new ArrayList<>());
            }
        }

        int addEdge(int from, int to, int capacity, long cost) {
            int id = ends.size();
            add(from, to, capacity, cost);
            add(to, from, 0, -cost);
            return id;
        }

        private void add(int from, int to, int capacity, long cost) {
            outgoing.get(from).add(ends.size());
            ends.add(new int[] {from, to});
            costs.add(cost);
            residual.add(capacity);
        }

        int flow(int edge) {
            return residual.get(edge ^ 1);
        }

        /** Pushes one unit along the cheapest source → sink path if it has negative cost (raises the total). */
        boolean augmentIfImproving(int source, int sink) {
            int nodes = outgoing.size();
            long[] distance = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[source] = 0;
            for (int round = 0; round < nodes; round++) {
                boolean changed = false;
                for (int edge = 0; edge < ends.size(); edge++) {
                    int from = ends.get(edge)[0];
                    int to = ends.get(edge)[1];
                    if (residual.get(edge) > 0 && distance[from] != Long.MAX_VALUE
                            && distance[from] + costs.get(edge) < distance[to]) {
                        distance[to] = distance[from] + costs.get(edge);
                        via[to] = edge;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (distance[sink] == Long.MAX_VALUE || distance[sink] >= 0) {
                return false;
            }
            for (int node = sink; node != source; node = ends.get(via[node])[0]) {
                int edge = via[node];
                residual.set(edge, residual.get(edge) - 1);
                residual.set(edge ^ 1, residual.get(edge ^ 1) + 1);
            }
            return true;
        }
    }
}
