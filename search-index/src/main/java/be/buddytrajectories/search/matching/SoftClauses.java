package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.index.ProfileFields.*;

import be.buddytrajectories.search.index.ProfileAnalyzers;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.Sector;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The soft preferences of DESIGN §6 as named, boosted queries. Names are what reasons are rendered from:
 * {@code language}, {@code interest:<key>}, {@code goal:<GOAL>}, {@code availability}, {@code distance},
 * {@code family}, {@code age}, {@code about}.
 */
final class SoftClauses {

    static final String LANGUAGE_CLAUSE = "language";
    static final String INTEREST_PREFIX = "interest:";
    static final String GOAL_PREFIX = "goal:";
    static final String AVAILABILITY_CLAUSE = "availability";
    static final String DISTANCE_CLAUSE = "distance";
    static final String FAMILY_CLAUSE = "family";
    static final String AGE_CLAUSE = "age";
    static final String ABOUT_CLAUSE = "about";

    /** Sectors whose people know their way in institutions (FORMAT: "social or administrative work"). */
    static final Set<Sector> INSTITUTION_SECTORS = Set.of(Sector.SOCIAL, Sector.ADMINISTRATION);

    /** Template words of short about texts must not make two texts look alike. */
    private static final int MLT_MAX_DOC_FREQ_PERCENT = 20;
    private static final int MLT_MIN_MAX_DOC_FREQ = 3;
    private static final int MLT_MAX_QUERY_TERMS = 12;
    private static final Set<Object> MLT_STOP_WORDS = new HashSet<>();

    static {
        MLT_STOP_WORDS.addAll(DutchAnalyzer.getDefaultStopSet());
        MLT_STOP_WORDS.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        MLT_STOP_WORDS.addAll(FrenchAnalyzer.getDefaultStopSet());
    }

    /**
     * One soft clause.
     *
     * @param maxContribution the most it can add to a score; null when unbounded (text similarity)
     */
    record SoftClause(String name, Query query, Float maxContribution) {
    }

    /**
     * The analyser the folded text fields were indexed with, shared: an analyser keeps its tokenizers per thread, so
     * one made per suggestion would build them again every time.
     */
    private static final Analyzer FOLDING = ProfileAnalyzers.folding();
    /** Builds queries on the folded text fields. */
    private static final QueryBuilder FREE_TEXT = new QueryBuilder(FOLDING);

    private final InterestVocabulary interests;
    private final SectorVocabulary sectors;

    SoftClauses(InterestVocabulary interests, SectorVocabulary sectors) {
        this.interests = interests;
        this.sectors = sectors;
    }

    List<SoftClause> forNewcomer(NewcomerProfile newcomer, MatchWeights weights, IndexReader reader)
            throws IOException {
        List<SoftClause> clauses = new ArrayList<>();
        if (!newcomer.languages().isEmpty()) {
            float weight = newcomer.dutchLevel().dutchIsCommonLanguage() ? weights.sharedLanguage()
                    : weights.sharedLanguageLowDutch();
            clauses.add(constant(LANGUAGE_CLAUSE, KeywordField.newSetQuery(LANGUAGE,
                    newcomer.languages().stream().map(BytesRef::new).toList()), weight));
        }
        for (String key : interests.canonicalise(newcomer.interests())) {
            clauses.add(constant(INTEREST_PREFIX + key, interestQuery(key), weights.interest()));
        }
        for (Goal goal : newcomer.goals()) {
            experienceServing(goal, newcomer).ifPresent(
                    query -> clauses.add(constant(GOAL_PREFIX + goal.name(), query, weights.goalFit())));
        }
        if (!newcomer.availability().isEmpty()) {
            clauses.add(constant(AVAILABILITY_CLAUSE, KeywordField.newSetQuery(AVAILABILITY,
                    newcomer.availability().stream().map(BytesRef::new).toList()), weights.availability()));
        }
        clauses.add(new SoftClause(DISTANCE_CLAUSE, LatLonPoint.newDistanceFeatureQuery(LOCATION, weights.distance(),
                newcomer.lat(), newcomer.lon(), weights.distancePivotKm() * 1000), weights.distance()));
        if (newcomer.hasChildren()) {
            clauses.add(constant(FAMILY_CLAUSE, KeywordField.newExactQuery(HAS_CHILDREN, "true"), weights.familyFit()));
        }
        clauses.add(new SoftClause(AGE_CLAUSE, LongField.newDistanceFeatureQuery(BIRTH_YEAR, weights.ageCloseness(),
                newcomer.birthYear(), weights.agePivotYears()), weights.ageCloseness()));
        aboutSimilarity(newcomer.about(), reader).ifPresent(query -> clauses.add(
                new SoftClause(ABOUT_CLAUSE, new BoostQuery(query, weights.aboutSimilarity()), null)));
        return clauses;
    }

    /**
     * Buddies with this interest. An interest the vocabulary does not know is also found where a buddy wrote the
     * same words himself, among his interests or in his about text, since nothing else can recognise it.
     */
    private Query interestQuery(String key) {
        Query known = KeywordField.newExactQuery(INTEREST, key);
        Optional<String> wording = interests.unknownWording(key);
        if (wording.isEmpty()) {
            return known;
        }
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder().add(known, BooleanClause.Occur.SHOULD);
        for (String field : List.of(INTEREST_TEXT, ABOUT_FOLDED)) {
            Query written = FREE_TEXT.createPhraseQuery(field, wording.get());
            if (written != null) {
                anyOf.add(written, BooleanClause.Occur.SHOULD);
            }
        }
        return anyOf.build();
    }

    /** The buddy experience that serves a goal, if the goal asks for one. */
    Optional<Query> experienceServing(Goal goal, NewcomerProfile newcomer) {
        return switch (goal) {
            case WORK_ORIENTATION -> sectors.sectorOf(newcomer.profession())
                    .map(sector -> KeywordField.newExactQuery(SECTOR, sector.name()));
            case CHILDREN_SCHOOL -> Optional.of(KeywordField.newExactQuery(HAS_CHILDREN, "true"));
            case PRACTISE_DUTCH -> Optional.of(KeywordField.newExactQuery(SECTOR, Sector.EDUCATION.name()));
            case INSTITUTIONS -> Optional.of(KeywordField.newSetQuery(SECTOR,
                    INSTITUTION_SECTORS.stream().map(sector -> new BytesRef(sector.name())).toList()));
            case SOCIAL_NETWORK, LEISURE -> Optional.empty();
        };
    }

    /** Short texts have every term once, so the usual frequency thresholds of MoreLikeThis are lowered to 1. */
    private static Optional<Query> aboutSimilarity(String about, IndexReader reader) throws IOException {
        if (about.isBlank()) {
            return Optional.empty();
        }
        MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
        moreLikeThis.setAnalyzer(FOLDING);
        moreLikeThis.setFieldNames(new String[] {ABOUT_FOLDED});
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(1);
        // A percentage of a small index is below 1 and would drop every word: keep at least a few documents.
        moreLikeThis.setMaxDocFreq(Math.max(MLT_MIN_MAX_DOC_FREQ, reader.numDocs() * MLT_MAX_DOC_FREQ_PERCENT / 100));
        moreLikeThis.setMinWordLen(3);
        moreLikeThis.setMaxQueryTerms(MLT_MAX_QUERY_TERMS);
        moreLikeThis.setStopWords(MLT_STOP_WORDS);
        Query query = moreLikeThis.like(ABOUT_FOLDED, new StringReader(about));
        return query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? Optional.empty() : Optional.of(query);
    }

    private static SoftClause constant(String name, Query query, float weight) {
        return new SoftClause(name, new BoostQuery(new ConstantScoreQuery(query), weight), weight);
    }
}
