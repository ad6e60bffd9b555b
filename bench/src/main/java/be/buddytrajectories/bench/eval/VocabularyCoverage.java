package be.buddytrajectories.bench.eval;

import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a judged set's wording the matcher's vocabularies recognise: the share of typed interests that
 * reach a known interest (rather than staying an unknown word) and of professions in which a sector is found.
 * It says nothing of whether the interest found is the right one; the set's grades measure that.
 */
record VocabularyCoverage(int interests, int knownInterests, int professions, int professionsWithSector) {

    static VocabularyCoverage of(JudgedSet set) {
        InterestVocabulary vocabulary = InterestVocabulary.standard();
        SectorVocabulary sectors = SectorVocabulary.standard();
        List<String> interests = new ArrayList<>();
        List<String> professions = new ArrayList<>();
        for (BuddyProfileDocument v : set.volunteers()) {
            interests.addAll(v.interests());
            professions.add(v.profession());
        }
        for (NewcomerProfile n : set.newcomers()) {
            interests.addAll(n.interests());
            professions.add(n.profession());
        }
        int known = (int) interests.stream().filter(typed -> vocabulary.canonicalise(typed).stream()
                .allMatch(key -> vocabulary.unknownWording(key).isEmpty())).count();
        List<String> typedProfessions = professions.stream().filter(p -> p != null && !p.isBlank()).toList();
        int withSector = (int) typedProfessions.stream().filter(p -> sectors.sectorOf(p).isPresent()).count();
        return new VocabularyCoverage(interests.size(), known, typedProfessions.size(), withSector);
    }

    /** {@code interests_known=… professions_with_sector=…} as shares, with the counts behind them. */
    String line() {
        return String.format(Locale.ROOT, "interests_known=%.3f (%d/%d) professions_with_sector=%.3f (%d/%d)",
                share(knownInterests, interests), knownInterests, interests,
                share(professionsWithSector, professions), professionsWithSector, professions);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
