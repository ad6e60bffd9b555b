package be.buddytrajectories.bench.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How a generated judged set words its people: the ways people write each interest concept and each sector's job
 * titles (Dutch, English, French), where they live, and their about texts. The concepts are the same for every
 * wording, so that {@link RuleGrader} grades every set by the same rules.
 */
abstract class SetWording {

    private final Map<String, String[][]> interestWords = new LinkedHashMap<>();
    private final Map<String, String[][]> jobTitles = new LinkedHashMap<>();
    private final String[][] noSector;
    private final String[][] towns;

    /**
     * @param noSector what people without a sector say they are (retired, student, …) in Dutch, English, French
     * @param towns postal code, municipality, latitude, longitude
     */
    protected SetWording(String[][] noSector, String[][] towns) {
        this.noSector = noSector;
        this.towns = towns;
    }

    /** Interest concept → its wordings, comma separated, in Dutch, English and French. */
    protected final void interest(String concept, String nl, String en, String fr) {
        interestWords.put(concept, new String[][] {nl.split(","), en.split(","), fr.split(",")});
    }

    /** Sector → job titles, comma separated, in Dutch, English and French. */
    protected final void job(String sector, String nl, String en, String fr) {
        jobTitles.put(sector, new String[][] {nl.split(","), en.split(","), fr.split(",")});
    }

    final String[] concepts() {
        return interestWords.keySet().toArray(String[]::new);
    }

    final String[][] interestWords(String concept) {
        return interestWords.get(concept);
    }

    final String[] sectors() {
        return jobTitles.keySet().toArray(String[]::new);
    }

    /** The job titles of a sector, or of no sector (retired, student, …) when it is null. */
    final String[][] jobTitles(String sector) {
        return sector == null ? noSector : jobTitles.get(sector);
    }

    final String[][] towns() {
        return towns;
    }

    /** "Former" before a newcomer's job title, in Dutch (0), English (1) or French (2). */
    abstract String formerly(int language);

    abstract String volunteerAbout(Random random, String profession, List<String> interests, String town,
                                   boolean hasChildren);

    abstract String newcomerAbout(Random random, String title, String languageName, List<String> interests);
}
