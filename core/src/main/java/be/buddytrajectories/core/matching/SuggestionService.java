package be.buddytrajectories.core.matching;

import be.buddytrajectories.core.access.AccessGuard;
import be.buddytrajectories.core.access.Permission;
import be.buddytrajectories.core.intake.NewcomerIntakeService;
import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.core.programme.ProgrammeSettings;
import be.buddytrajectories.search.browse.BrowseQuery;
import be.buddytrajectories.search.browse.BrowseResult;
import be.buddytrajectories.search.browse.ProfileBrowser;
import be.buddytrajectories.search.matching.Matcher;
import be.buddytrajectories.search.matching.Reason;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import be.buddytrajectories.search.round.MatchRound;
import be.buddytrajectories.search.round.RoundResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Matching for coordinators: suggestions with reasons, "why not" for a named volunteer, the match round, and
 * volunteer search with facets — all on the profile index, with the programme's rules and weights.
 */
@ApplicationScoped
public class SuggestionService {

    /** Suggestions shown for one newcomer. */
    public static final int SUGGESTIONS = 10;
    /** Candidates per newcomer that the match round considers. */
    static final int ROUND_CANDIDATES = 15;

    private final ProfileIndexer profileIndexer;
    private final NewcomerIntakeService intakes;
    private final BuddyDatabase database;
    private final AccessGuard access;
    private final Clock clock;

    @Inject
    public SuggestionService(ProfileIndexer profileIndexer, NewcomerIntakeService intakes, BuddyDatabase database,
                           AccessGuard access, Clock clock) {
        this.profileIndexer = profileIndexer;
        this.intakes = intakes;
        this.database = database;
        this.access = access;
        this.clock = clock;
    }

    /** The best available buddies for this newcomer, best first, each with the reasons that matched. */
    public List<BuddySuggestion> suggest(long newcomerId) {
        access.requireAny("matching.suggest", Permission.COORDINATOR);
        NewcomerProfile newcomer = intakes.matchProfile(newcomerId);
        Settings settings = settings();
        try {
            return new Matcher(profileIndexer.index())
                    .suggest(newcomer, settings.rules(), settings.weights(), SUGGESTIONS, locale())
                    .stream()
                    .map(s -> new BuddySuggestion(Long.parseLong(s.buddyId()), s.buddyName(),
                            s.normalisedScore(), s.reasons().stream().map(Reason::text).toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    /** The hard rules that keep this volunteer out of the newcomer's suggestions; empty when none does. */
    public List<String> whyNot(long newcomerId, long volunteerId) {
        access.requireAny("matching.whyNot", Permission.COORDINATOR);
        NewcomerProfile newcomer = intakes.matchProfile(newcomerId);
        try {
            return new Matcher(profileIndexer.index())
                    .whyNot(newcomer, Long.toString(volunteerId), settings().rules(), locale())
                    .stream().map(Reason::text).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    /**
     * Proposes buddies for these waiting newcomers (in waiting-list order) at once, maximising the total score
     * under each buddy's capacity. Nothing is stored: the coordinator reviews the result first.
     */
    public RoundResult matchRound(List<Long> waitingNewcomerIds) {
        access.requireAny("matching.round", Permission.COORDINATOR);
        List<NewcomerProfile> waiting = waitingNewcomerIds.stream().map(intakes::matchProfile).toList();
        Settings settings = settings();
        try {
            Matcher matcher = new Matcher(profileIndexer.index());
            return new MatchRound(profileIndexer.index(), matcher)
                    .propose(waiting, settings.rules(), settings.weights(), ROUND_CANDIDATES, locale());
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    /** Volunteer search: free text and facets with drill-sideways counts and highlighted snippets. */
    public BrowseResult searchVolunteers(BrowseQuery query) {
        access.requireAny("matching.searchVolunteers", Permission.COORDINATOR);
        try {
            return new ProfileBrowser(profileIndexer.index()).search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private Locale locale() {
        return access.user().locale();
    }

    /** The programme's hard rules as of today, for the other services of matching. */
    ProgrammeRules rules() {
        return settings().rules();
    }

    private Settings settings() {
        return database.inTransaction(em -> {
            ProgrammeSettings settings = ProgrammeSettings.load(em);
            return new Settings(settings.matchRules(clock), settings.matchWeights());
        });
    }

    private record Settings(ProgrammeRules rules, MatchWeights weights) {
    }
}
