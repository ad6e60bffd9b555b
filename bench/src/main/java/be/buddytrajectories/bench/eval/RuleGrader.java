package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.util.HashSet;
import java.util.Set;

/**
 * Grades a pair of our own judged set by the rules of docs/matching.md, from the generator's latent facts
 * (interest concepts and sector as drawn, before they were worded). Knows nothing of the matcher.
 */
final class RuleGrader {

    /** What the generator drew for a person before wording it: interest concepts and sector (null: none). */
    record Latent(Set<String> interestConcepts, String sector) {
    }

    private static final Set<String> INSTITUTION_SECTORS = Set.of("SOCIAL", "ADMINISTRATION");

    private RuleGrader() {
    }

    static int grade(ProgrammeRules rules, NewcomerProfile n, Latent newcomer, BuddyProfileDocument v, Latent volunteer) {
        if (!RuleChecker.broken(rules, n, v).isEmpty()) {
            return 0;
        }
        double points = 0;
        boolean lowDutch = n.dutchLevel().compareTo(DutchLevel.A2) < 0;
        if (n.languages().stream().anyMatch(language -> !"nl".equals(language) && v.languages().contains(language))) {
            points += lowDutch ? 3 : 1.5;
        }
        Set<String> shared = new HashSet<>(newcomer.interestConcepts());
        shared.retainAll(volunteer.interestConcepts());
        points += 1.5 * Math.min(3, shared.size());
        for (Goal goal : n.goals()) {
            boolean served = switch (goal) {
                case WORK_ORIENTATION -> newcomer.sector() != null && newcomer.sector().equals(volunteer.sector());
                case CHILDREN_SCHOOL -> v.hasChildren();
                case PRACTISE_DUTCH -> "EDUCATION".equals(volunteer.sector());
                case INSTITUTIONS -> volunteer.sector() != null && INSTITUTION_SECTORS.contains(volunteer.sector());
                case SOCIAL_NETWORK, LEISURE -> false;
            };
            points += served ? 1.5 : 0;
        }
        points += n.availability().stream().anyMatch(v.availability()::contains) ? 1 : -1.5;
        double km = RuleChecker.greatCircleKm(n.lat(), n.lon(), v.lat(), v.lon());
        points += km <= 5 ? 1 : km <= 10 ? 0.5 : 0;
        points += n.hasChildren() && v.hasChildren() ? 0.5 : 0;
        points += Math.abs(n.birthYear() - v.birthYear()) <= 10 ? 0.5 : 0;
        return points >= 6 ? 3 : points >= 4 ? 2 : points >= 2 ? 1 : 0;
    }
}
