package be.buddytrajectories.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectorVocabularyTest {

    private final SectorVocabulary vocabulary = SectorVocabulary.standard();

    @Test
    void nurseIsHealthcareInDutchEnglishAndFrench() {
        for (String title : List.of("verpleegkundige", "nurse", "infirmière", "Former nurse in Aleppo")) {
            assertThat(vocabulary.sectorOf(title)).as(title).contains(Sector.HEALTHCARE);
        }
    }

    @Test
    void teachersAreEducation() {
        for (String title : List.of("teacher", "leerkracht", "leraar", "enseignant", "professeur")) {
            assertThat(vocabulary.sectorOf(title)).as(title).contains(Sector.EDUCATION);
        }
    }

    @Test
    void socialWorkersAreSocial() {
        for (String title : List.of("social worker", "maatschappelijk werker", "assistant social", "OCMW-medewerker")) {
            assertThat(vocabulary.sectorOf(title)).as(title).contains(Sector.SOCIAL);
        }
    }

    @Test
    void everySectorHasJobTitlesAndUnknownWorkHasNoSector() {
        assertThat(Sector.values()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(vocabulary.sectorOf("gepensioneerd")).isEmpty();
    }

    @Test
    void aCompoundJobTitleIsItsHeadsSector() {
        assertThat(vocabulary.sectorOf("kinderverpleegkundige")).contains(Sector.HEALTHCARE);
        assertThat(vocabulary.sectorOf("wiskundeleraar")).contains(Sector.EDUCATION);
    }

    @Test
    void aJobTitleWithOneTypoIsStillRecognisedButAFormerJobIsNotAFarmer() {
        assertThat(vocabulary.sectorOf("verpleegkundie")).contains(Sector.HEALTHCARE);
        assertThat(vocabulary.sectorOf("former nurse")).contains(Sector.HEALTHCARE);
        assertThat(vocabulary.sectorOf("former homemaker")).isEmpty();
    }
}
