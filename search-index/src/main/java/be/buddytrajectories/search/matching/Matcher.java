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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Suggests buddies for a newcomer from the profile index: hard rules filter, soft preferences score, and every
 * suggestion carries the reasons of the clauses it matched. Thread-safe; create one per index.
 */
public final class Matcher {

    private final ProfileIndex index;
    private final InterestVocabulary interests;
    private final SectorVocabulary sectors;
    private final SoftClauses softClauses;

    public Matcher(ProfileIndex index) {
        this(index, InterestVocabulary.standard(), SectorVocabulary.standard());
    }

    Matcher(ProfileIndex index, InterestVocabulary interests, SectorVocabulary sectors) {
        this.index = index;
        this.interests = interests;
        this.sectors = sectors;
        this.softClauses = new SoftClauses(interests, sectors);
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
            // One weight per soft clause both ranks and names the clauses a suggestion matched.
            List<Weight> softWeights = new ArrayList<>();
            for (SoftClause clause : soft) {
                softWeights.add(searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE, 1f));
            }
            // Created directly rather than through the searcher: every newcomer's filters differ as a whole, so
            // only the single filters are worth the query cache.
            Weight hard = searcher.rewrite(hardFilters(HardFilters.forNewcomer(newcomer, rules)))
                    .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            CandidateScores scores = new CandidateScores(searcher, hard, softWeights);
            ScoreDoc[] top = scores.top(limit);
            List<List<Integer>> matched = scores.matchedClauses(top);
            float bestPossible = (float) soft.stream().filter(clause -> clause.maxContribution() != null)
                    .mapToDouble(SoftClause::maxContribution).sum();
            ReasonRenderer renderer = new ReasonRenderer(interests, sectors, locale);
            // One reader for all the suggestions: each new one allocates its own decompression buffers.
            StoredFields stored = searcher.storedFields();
            List<Suggestion> suggestions = new ArrayList<>();
            for (int i = 0; i < top.length; i++) {
                BuddyProfileDocument buddy = ProfileIndex.profileOf(stored.document(top[i].doc));
                Set<String> names = new TreeSet<>();
                matched.get(i).forEach(clause -> names.add(soft.get(clause).name()));
                List<Reason> reasons = renderer.reasons(names, newcomer, buddy, rules, weights);
                float score = top[i].score;
                int normalised = bestPossible <= 0 ? 0 : Math.min(100, Math.round(100 * score / bestPossible));
                suggestions.add(new Suggestion(buddy.id(), buddy.name(), score, normalised, reasons));
            }
            return suggestions;
        });
    }

    /**
     * For each newcomer, how many buddies pass every hard rule and, when none does, which single rules stand in the
     * way: the rules without which at least one buddy would pass. Rules about this newcomer's own history (a buddy
     * he had or who was excluded for him) are never relaxed: recruiting does not change them.
     */
    public List<Blockage> blockages(List<NewcomerProfile> newcomers, ProgrammeRules rules) throws IOException {
        return index.search(searcher -> {
            List<Blockage> blockages = new ArrayList<>();
            for (NewcomerProfile newcomer : newcomers) {
                List<HardFilter> hard = HardFilters.forNewcomer(newcomer, rules);
                int candidates = searcher.count(hardFilters(hard));
                List<String> blocking = new ArrayList<>();
                if (candidates == 0) {
                    for (HardFilter relaxed : hard) {
                        if (relaxed.excludes()) {
                            continue;
                        }
                        List<HardFilter> others = hard.stream().filter(f -> f != relaxed).toList();
                        if (searcher.count(hardFilters(others)) > 0) {
                            blocking.add(relaxed.name());
                        }
                    }
                }
                blockages.add(new Blockage(newcomer.id(), candidates, blocking));
            }
            return blockages;
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
            ReasonRenderer renderer = new ReasonRenderer(interests, sectors, locale);
            if (found.scoreDocs.length == 0) {
                return List.of(new Reason("unknown", renderer.unknownBuddy()));
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
            BuddyProfileDocument buddy =
                    ProfileIndex.profileOf(searcher.storedFields().document(found.scoreDocs[0].doc));
            return renderer.whyNot(failed, newcomer, buddy, rules);
        });
    }

    private static Query hardFilters(List<HardFilter> hard) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        hard.forEach(filter -> builder.add(filter.query(), filter.occur()));
        return builder.build();
    }
}
