package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.index.ProfileFields.*;

import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The hard rules of DESIGN §6, one small query per rule. A buddy is a candidate only when he passes all of
 * them; "why not" names the ones he fails.
 */
final class HardFilters {

    /** Margin on the point pre-filter so it never rejects what the exact check would accept. */
    private static final double PREFILTER_MARGIN = 1.01;

    /**
     * One hard rule.
     *
     * @param name the message key under {@code whyNot.} in the Reasons bundle
     * @param excludes true when matching the query excludes the buddy (MUST_NOT) rather than admits him
     */
    record HardFilter(String name, Query query, boolean excludes) {

        BooleanClause.Occur occur() {
            return excludes ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER;
        }
    }

    private HardFilters() {
    }

    static List<HardFilter> forNewcomer(NewcomerProfile newcomer, ProgrammeRules rules) {
        List<HardFilter> filters = new ArrayList<>();
        filters.add(new HardFilter("status", available(), false));
        filters.add(new HardFilter("capacity", hasRemainingCapacity(), false));
        if (rules.requireTraining()) {
            filters.add(new HardFilter("training", trained(), false));
        }
        if (rules.requireScreening()) {
            filters.add(new HardFilter("screening", screenedOn(rules.today()), false));
        }
        filters.add(new HardFilter("distance", withinTravelDistance(newcomer, rules), false));
        if (newcomer.buddyGender() != null) {
            filters.add(new HardFilter("buddyGender", buddyOfPreferredGender(newcomer), false));
        }
        filters.add(new HardFilter("newcomerGender", acceptsNewcomerGender(newcomer), false));
        filters.add(new HardFilter("ageBand", acceptsAge(rules.ageOf(newcomer.birthYear())), false));
        if (newcomer.hasChildren()) {
            filters.add(new HardFilter("children", welcomesChildren(), false));
        }
        if (!newcomer.dutchLevel().dutchIsCommonLanguage()) {
            filters.add(new HardFilter("language", speaksAContactLanguage(newcomer), false));
        }
        filters.add(new HardFilter("paired", new TermQuery(new Term(PAIRED_NEWCOMER, newcomer.id())), true));
        filters.add(new HardFilter("rejected", new TermQuery(new Term(EXCLUDED_NEWCOMER, newcomer.id())), true));
        return filters;
    }

    static Query available() {
        return KeywordField.newExactQuery(STATUS, "AVAILABLE");
    }

    static Query hasRemainingCapacity() {
        return IntField.newRangeQuery(REMAINING_CAPACITY, 1, Integer.MAX_VALUE);
    }

    static Query trained() {
        return KeywordField.newExactQuery(TRAINED, "true");
    }

    /** Compares the stored valid-until day with the query's day, so an expired screening stops counting at once. */
    static Query screenedOn(LocalDate day) {
        return LongField.newRangeQuery(SCREENED_UNTIL, day.toEpochDay(), Long.MAX_VALUE);
    }

    /**
     * Points narrow to the box around the programme's radius quickly (a box is cheaper to prepare and to compare
     * than a circle); doc values then check the exact distance and each buddy's own radius.
     */
    static Query withinTravelDistance(NewcomerProfile newcomer, ProgrammeRules rules) {
        Rectangle box = Rectangle.fromPointDistance(newcomer.lat(), newcomer.lon(),
                rules.maxDistanceKm() * 1000 * PREFILTER_MARGIN);
        return new BooleanQuery.Builder()
                .add(new IndexOrDocValuesQuery(
                        LatLonPoint.newBoxQuery(LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon),
                        LatLonDocValuesField.newSlowBoxQuery(LOCATION, box.minLat, box.maxLat, box.minLon, box.maxLon)),
                        BooleanClause.Occur.FILTER)
                .add(new WithinTravelDistanceQuery(newcomer.lat(), newcomer.lon(), rules.maxDistanceKm()),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    static Query buddyOfPreferredGender(NewcomerProfile newcomer) {
        return KeywordField.newExactQuery(GENDER, newcomer.buddyGender().name());
    }

    static Query acceptsNewcomerGender(NewcomerProfile newcomer) {
        return KeywordField.newSetQuery(PREFERRED_NEWCOMER_GENDER,
                List.of(new org.apache.lucene.util.BytesRef("ANY"),
                        new org.apache.lucene.util.BytesRef(newcomer.gender().name())));
    }

    static Query acceptsAge(int age) {
        return new BooleanQuery.Builder()
                .add(IntField.newRangeQuery(PREFERRED_MIN_AGE, Integer.MIN_VALUE, age), BooleanClause.Occur.FILTER)
                .add(IntField.newRangeQuery(PREFERRED_MAX_AGE, age, Integer.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
    }

    static Query welcomesChildren() {
        return KeywordField.newExactQuery(CHILDREN_WELCOME, "true");
    }

    /** Below A2 the buddy must speak one of the newcomer's other languages; none given means no candidate. */
    static Query speaksAContactLanguage(NewcomerProfile newcomer) {
        if (newcomer.languages().isEmpty()) {
            return new MatchNoDocsQuery("newcomer has no contact language besides Dutch");
        }
        return KeywordField.newSetQuery(LANGUAGE,
                newcomer.languages().stream().map(org.apache.lucene.util.BytesRef::new).toList());
    }
}
