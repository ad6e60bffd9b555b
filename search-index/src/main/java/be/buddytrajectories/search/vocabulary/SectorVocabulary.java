package be.buddytrajectories.search.vocabulary;

import java.util.Optional;

/**
 * Job titles in Dutch, English and French ({@code sectors.tsv}) reduced to a {@link Sector}: nurse,
 * verpleegkundige and infirmière are all HEALTHCARE.
 */
public final class SectorVocabulary {

    private static final SectorVocabulary STANDARD = new SectorVocabulary("sectors.tsv");

    private final PhraseDictionary dictionary = new PhraseDictionary();

    private SectorVocabulary(String resource) {
        for (String[] row : PhraseDictionary.readTsv(resource)) {
            String sector = Sector.valueOf(row[0].trim()).name();
            PhraseDictionary.commaSeparated(row[1]).forEach(title -> dictionary.add(title, sector));
        }
    }

    /** The vocabulary shipped with the module. */
    public static SectorVocabulary standard() {
        return STANDARD;
    }

    /**
     * The sector of the first job title found in a profession text ("former infirmière" → HEALTHCARE), also in a
     * compound ("kinderverpleegkundige") or with one typo ("verpleegkundge").
     */
    public Optional<Sector> sectorOf(String professionText) {
        return dictionary.scan(TextNormaliser.tokens(professionText), PhraseDictionary.Tolerance.TYPOS).stream()
                .findFirst().map(Sector::valueOf);
    }
}
