package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.data.ProfileGenerator;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.index.ProfileFields;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What coordinators ask in a run, the same for the plugin and its peers: newcomers to find buddies for, and
 * searches of a word or two with three facets selected (language, municipality, availability).
 */
public final class Workload {

    /** The programme's rules: training and screening required, at most 25 km. */
    public static final ProgrammeRules RULES = ProgrammeRules.on(ProfileGenerator.REFERENCE_DATE, true, true, 25);
    /** The same with a 10 km maximum: fewer candidates pass the hard filters. */
    static final ProgrammeRules NEARBY_RULES = ProgrammeRules.on(ProfileGenerator.REFERENCE_DATE, true, true, 10);
    /** Suggestions shown for one newcomer, as in core's SuggestionService. */
    public static final int SUGGESTIONS = 10;
    static final int PAGE = 20;

    private static final String[] SEARCH_WORDS = {"voetbal", "koken", "teacher", "vélo", "wandelen",
        "verpleegkundige", "chess", "muziek", "informatique", "fietsen", "reading", "tuinieren", "leerkracht",
        "swimming", "dansen", "boekhouder", "photography", "theater", "jardinage", "yoga"};
    private static final String[] LANGUAGES = {"en", "en", "en", "fr", "fr", "ar", "de", "es"};
    private static final String[] MUNICIPALITIES = {"Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Aalst",
        "Kortrijk", "Hasselt", "Genk", "Sint-Niklaas", "Oostende", "Deurne"};
    private static final String[] SLOTS = {"MON_EVENING", "TUE_EVENING", "WED_AFTERNOON", "WED_EVENING",
        "THU_EVENING", "SAT_MORNING", "SAT_AFTERNOON", "SUN_AFTERNOON"};

    private Workload() {
    }

    /** Newcomers {@code from}..{@code from + count − 1} of the generator. */
    public static List<NewcomerProfile> newcomers(ProfileGenerator generator, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(generator::newcomer).toList();
    }

    public static List<BrowseQuery> searches(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BrowseQuery> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = SEARCH_WORDS[random.nextInt(SEARCH_WORDS.length)];
            queries.add(new BrowseQuery(text, Map.of(
                    ProfileFields.FACET_LANGUAGE, List.of(LANGUAGES[random.nextInt(LANGUAGES.length)]),
                    ProfileFields.FACET_MUNICIPALITY, List.of(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)]),
                    ProfileFields.FACET_AVAILABILITY, List.of(SLOTS[random.nextInt(SLOTS.length)])), 0, PAGE));
        }
        return queries;
    }
}
