package be.buddytrajectories.search.matching;

import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.index.ProfileIndex;
import be.buddytrajectories.search.matching.HardFilters.HardFilter;
import be.buddytrajectories.search.matching.SoftClauses.SoftClause;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Suggests buddies for a newcomer from the profile index: hard rules filter, soft preferences score, and every
 * suggestion carries the reasons of the clauses it matched. Thread-safe; create one per index.
 */
public final class Matcher {

    /**
     * Hits are counted exactly: skipping non-competitive buddies (as IndexSearcher does beyond 1,000 hits) costs
     * more than it saves here, since the distance and age clauses then re-read the points to find competitors
     * (4.7 ms against 4.1 ms per suggestion at 100,000 buddies).
     */
    private static final int TOTAL_HITS_THRESHOLD = Integer.MAX_VALUE;

    private final ProfileIndex index;
    private final SoftClauses softClauses;
    private final ReasonRenderer renderer;

    public Matcher(ProfileIndex index) {
        this(index, InterestVocabulary.standard(), SectorVocabulary.standard());
    }

    Matcher(ProfileIndex index, InterestVocabulary interests, SectorVocabulary sectors) {
        this.index = index;
        this.softClauses = new SoftClauses(interests, sectors);
        this.renderer = new ReasonRenderer(interests, sectors);
    }

    /**
     * The best buddies for a newcomer, best first, among those that pass every hard rule.
     *
     * @param limit at most this many suggestions
     * @param locale language of the reasons (Dutch or English; others get English)
     */
    public List<Suggestion> suggest(NewcomerProfile newcomer, ProgrammeRules rules, MatchWeights weights, int limit,
            Locale locale) throws IOException {
        return index.search(searcher -> {
            List<SoftClause> soft = softClauses.forNewcomer(newcomer, weights,
                    searcher.getIndexReader());
            // Each soft clause gets its weight once, and the query ranks with those very weights: naming the
            // clauses a suggestion matched then asks only them, not the hard filters every suggestion passes.
            List<Weight> softWeights = new ArrayList<>();
            for (SoftClause clause : soft) {
                softWeights.add(searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE, 1f));
            }
            Query query = searcher.rewrite(query(HardFilters.forNewcomer(newcomer, rules), soft, softWeights));
            TopScoreDocCollector collector = new TopScoreDocCollectorManager(limit, null, TOTAL_HITS_THRESHOLD, false)
                    .newCollector();
            Weight weight = searcher.createWeight(query, collector.scoreMode(), 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer != null) {
                    scorer.score(collector.getLeafCollector(leaf), leaf.reader().getLiveDocs());
                }
            }
            TopDocs top = collector.topDocs();
            float bestPossible = (float) soft.stream().filter(clause -> clause.maxContribution() != null)
                    .mapToDouble(SoftClause::maxContribution).sum();
            List<Suggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                BuddyProfileDocument buddy = storedProfile(searcher, hit.doc);
                List<Reason> reasons = renderer.reasons(matchedClauses(searcher, soft, softWeights, hit.doc),
                        newcomer, buddy, rules, weights, locale);
                int normalised = bestPossible <= 0 ? 0 : Math.min(100, Math.round(100 * hit.score / bestPossible));
                suggestions.add(new Suggestion(buddy.id(), buddy.name(), hit.score, normalised, reasons));
            }
            return suggestions;
        });
    }

    /**
     * Why a buddy is not suggested for a newcomer: one sentence per hard rule he fails, empty when he passes
     * them all (he may then simply rank below the others).
     */
    public List<Reason> whyNot(NewcomerProfile newcomer, String buddyId, ProgrammeRules rules, Locale locale)
            throws IOException {
        return index.search(searcher -> {
            TermQuery byId = new TermQuery(new Term(ProfileFields.ID, buddyId));
            TopDocs found = searcher.search(byId, 1);
            if (found.scoreDocs.length == 0) {
                return List.of(new Reason("unknown", ReasonRenderer.unknownBuddy(locale)));
            }
            List<String> failed = new ArrayList<>();
            for (HardFilter filter : HardFilters.forNewcomer(newcomer, rules)) {
                Query buddyMatchingFilter = new BooleanQuery.Builder().add(byId, BooleanClause.Occur.FILTER)
                        .add(filter.query(), BooleanClause.Occur.FILTER).build();
                boolean matches = searcher.count(buddyMatchingFilter) > 0;
                if (matches == filter.excludes()) {
                    failed.add(filter.name());
                }
            }
            return renderer.whyNot(failed, newcomer, storedProfile(searcher, found.scoreDocs[0].doc), rules, locale);
        });
    }

    private static Query query(List<HardFilter> hard, List<SoftClause> soft, List<Weight> softWeights) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        hard.forEach(filter -> builder.add(filter.query(), filter.occur()));
        for (int i = 0; i < soft.size(); i++) {
            builder.add(new PreparedQuery(soft.get(i).name(), softWeights.get(i)), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /** Names of the soft clauses that matched this document. */
    private static Set<String> matchedClauses(IndexSearcher searcher, List<SoftClause> soft, List<Weight> softWeights,
            int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < soft.size(); i++) {
            if (softWeights.get(i).matches(leaf, doc - leaf.docBase) != null) {
                names.add(soft.get(i).name());
            }
        }
        return names;
    }

    private static BuddyProfileDocument storedProfile(IndexSearcher searcher, int doc) throws IOException {
        return ProfileIndex.profileOf(searcher.storedFields().document(doc));
    }
}
