package be.buddytrajectories.search.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Ranks the buddies that pass the hard filters by the sum of the soft clauses, clause by clause over the candidates
 * of each segment. A boolean query does the same document by document, keeping every clause in a priority queue
 * and advancing it for each candidate, which was most of a suggestion's cost; here each clause walks the
 * candidates once. Every candidate is scored: skipping non-competitive buddies made the distance and age clauses
 * re-read the points and cost more than it saved. Scores and their order are those of the boolean query: each
 * clause's own scorer, summed as a double, best first and the lower document first on equal scores.
 */
final class CandidateScores {

    private final IndexSearcher searcher;
    private final Weight hardFilters;
    private final List<Weight> softClauses;

    /**
     * @param hardFilters a weight that needs no scores, matching the candidates
     * @param softClauses one scoring weight per soft clause
     */
    CandidateScores(IndexSearcher searcher, Weight hardFilters, List<Weight> softClauses) {
        this.searcher = searcher;
        this.hardFilters = hardFilters;
        this.softClauses = softClauses;
    }

    /** The best {@code limit} candidates, best first. */
    ScoreDoc[] top(int limit) throws IOException {
        HitQueue best = new HitQueue(limit, false);
        ScoreDoc spare = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] candidates = candidates(leaf);
            if (candidates.length == 0) {
                continue;
            }
            double[] scores = new double[candidates.length];
            for (Weight clause : softClauses) {
                new ClauseWalk(clause, leaf, candidates.length).forEachMatch(candidates,
                        (i, scorer) -> scores[i] += scorer.score());
            }
            for (int i = 0; i < candidates.length; i++) {
                if (spare == null) {
                    spare = new ScoreDoc(0, 0f);
                }
                spare.doc = leaf.docBase + candidates[i];
                spare.score = (float) scores[i];
                spare = best.insertWithOverflow(spare);
            }
        }
        ScoreDoc[] top = new ScoreDoc[best.size()];
        for (int i = top.length - 1; i >= 0; i--) {
            top[i] = best.pop();
        }
        return top;
    }

    /** For each document, the indexes of the soft clauses it matches. */
    List<List<Integer>> matchedClauses(ScoreDoc[] docs) throws IOException {
        List<List<Integer>> matched = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            matched.add(new ArrayList<>());
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        int from = 0;
        while (from < order.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[order[from]].doc, leaves));
            int to = from;
            while (to < order.length && docs[order[to]].doc < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            Integer[] inLeaf = Arrays.copyOfRange(order, from, to);
            int[] local = Arrays.stream(inLeaf).mapToInt(i -> docs[i].doc - leaf.docBase).toArray();
            for (int clause = 0; clause < softClauses.size(); clause++) {
                int index = clause;
                new ClauseWalk(softClauses.get(clause), leaf, local.length).forEachMatch(local,
                        (i, scorer) -> matched.get(inLeaf[i]).add(index));
            }
            from = to;
        }
        return matched;
    }

    /** The live documents of a segment that pass the hard filters, ascending. */
    private int[] candidates(LeafReaderContext leaf) throws IOException {
        BulkScorer scorer = hardFilters.bulkScorer(leaf);
        if (scorer == null) {
            return new int[0];
        }
        Candidates collected = new Candidates();
        scorer.score(collected, leaf.reader().getLiveDocs());
        return Arrays.copyOf(collected.docs, collected.count);
    }

    private static final class Candidates implements LeafCollector {

        private int[] docs = new int[64];
        private int count;

        @Override
        public void setScorer(Scorable scorer) {
            // candidates are not scored
        }

        @Override
        public void collect(int doc) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
            }
            docs[count++] = doc;
        }
    }

    @FunctionalInterface
    private interface MatchAction {
        void accept(int position, Scorer scorer) throws IOException;
    }

    /** One clause's scorer on a segment, moved forward through ascending documents. */
    private static final class ClauseWalk {

        private final Scorer scorer;

        ClauseWalk(Weight clause, LeafReaderContext leaf, int documents) throws IOException {
            ScorerSupplier supplier = clause.scorerSupplier(leaf);
            // Told how few documents it will be asked about, a clause may check doc values instead of reading
            // every posting of a common value.
            this.scorer = supplier == null ? null : supplier.get(documents);
        }

        void forEachMatch(int[] docs, MatchAction action) throws IOException {
            if (scorer == null) {
                return;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            for (int i = 0; i < docs.length; i++) {
                int current = approximation.docID();
                if (current < docs[i]) {
                    current = approximation.advance(docs[i]);
                    if (current == DocIdSetIterator.NO_MORE_DOCS) {
                        return;
                    }
                }
                if (current == docs[i] && (twoPhase == null || twoPhase.matches())) {
                    action.accept(i, scorer);
                }
            }
        }
    }
}
