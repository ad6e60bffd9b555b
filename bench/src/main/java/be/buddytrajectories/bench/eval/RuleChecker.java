package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyPreferences;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.BuddyStatus;
import be.buddytrajectories.search.profile.DutchLevel;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules of FORMAT.md, written again from the text and deliberately sharing no code with the matcher:
 * a suggestion that breaks one of them is a violation.
 */
final class RuleChecker {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private RuleChecker() {
    }

    /** The rules this pair breaks; empty when the volunteer may be suggested. */
    static List<String> broken(ProgrammeRules rules, NewcomerProfile n, BuddyProfileDocument v) {
        List<String> broken = new ArrayList<>();
        BuddyPreferences p = v.preferences();
        int age = rules.ageOf(n.birthYear());
        if (v.status() != BuddyStatus.AVAILABLE) {
            broken.add("status");
        }
        if (v.capacity() - v.activeDuos() <= 0) {
            broken.add("capacity");
        }
        if (rules.requireTraining() && !v.trained()) {
            broken.add("training");
        }
        if (rules.requireScreening() && !v.screenedOn(rules.today())) {
            broken.add("screening");
        }
        double km = greatCircleKm(n.lat(), n.lon(), v.lat(), v.lon());
        if (km > v.maxDistanceKm() || km > rules.maxDistanceKm()) {
            broken.add("distance");
        }
        if (n.buddyGender() != null && n.buddyGender() != v.gender()) {
            broken.add("newcomer's gender preference");
        }
        if (p.newcomerGender() != null && p.newcomerGender() != n.gender()) {
            broken.add("volunteer's gender preference");
        }
        if ((p.minAge() != null && age < p.minAge()) || (p.maxAge() != null && age > p.maxAge())) {
            broken.add("volunteer's age preference");
        }
        if (n.hasChildren() && !p.childrenWelcome()) {
            broken.add("volunteer's children preference");
        }
        boolean dutchCounts = n.dutchLevel().compareTo(DutchLevel.A2) >= 0;
        boolean shared = n.languages().stream().anyMatch(v.languages()::contains);
        if (!dutchCounts && !shared) {
            broken.add("no common language");
        }
        return broken;
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double a = Math.sin((phi2 - phi1) / 2) * Math.sin((phi2 - phi1) / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(Math.toRadians(lon2 - lon1) / 2)
                        * Math.sin(Math.toRadians(lon2 - lon1) / 2);
        return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
