package be.buddytrajectories.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.person.Localities.Locality;
import org.junit.jupiter.api.Test;

class LocalitiesTest {

    private final Localities belgium = Localities.belgium();

    @Test
    void coversEveryProvinceAndTheBigCitiesOfEachRegion() {
        assertThat(belgium.all()).extracting(Locality::province).containsOnly("VAN", "VBR", "VLI", "VOV", "VWV",
                "WBR", "WHT", "WLG", "WLX", "WNA", "BRU");
        assertThat(belgium.all()).hasSizeGreaterThan(1500);
        assertThat(belgium.find("9000", "Gent")).isPresent();
        assertThat(belgium.find("3000", "Leuven")).isPresent();
        assertThat(belgium.find("4000", "Liège")).isPresent();
        assertThat(belgium.find("1000", "Brussel")).isPresent();
    }

    @Test
    void findsDutchAndFrenchNamesIgnoringCaseAccentsAndPunctuation() {
        Locality antwerp = belgium.find("2000", "Antwerpen").orElseThrow();
        assertThat(belgium.find("2000", "ANVERS")).contains(antwerp);
        assertThat(antwerp.latitude()).isBetween(51.18, 51.25);
        assertThat(belgium.find("4000", "Luik")).isEqualTo(belgium.find("4000", "liege"));
        assertThat(belgium.find("1060", "Sint Gillis")).isEqualTo(belgium.find("1060", "Saint-Gilles"));
    }

    @Test
    void thePostcodeChoosesBetweenPlacesOfTheSameNameAndRefusesAPlaceInAnotherProvince() {
        Locality forest = belgium.find("1190", "Vorst").orElseThrow();
        Locality laakdal = belgium.find("2430", "Vorst").orElseThrow();
        assertThat(forest.province()).isEqualTo("BRU");
        assertThat(laakdal.province()).isEqualTo("VAN");
        assertThat(belgium.find("9050", "Ledeberg").orElseThrow().province()).isEqualTo("VOV");
        assertThat(belgium.find("2000", "Gent")).isEmpty();
        assertThat(belgium.find(null, "Vorst")).as("ambiguous without a postcode").isEmpty();
        assertThat(belgium.find(null, "Gent")).isPresent();
    }

    @Test
    void anUnknownPlaceIsNotFound() {
        assertThat(belgium.find("9000", "Atlantis")).isEmpty();
        assertThat(belgium.find("9000", null)).isEmpty();
        assertThat(belgium.locate("9000", "Atlantis")).isEmpty();
    }

    @Test
    void aPlaceIsLocatedWithTheWordsTheUserWrote() {
        HomeLocation home = belgium.locate("1050", "Elsene").orElseThrow();
        assertThat(home.postcode()).isEqualTo("1050");
        assertThat(home.municipality()).isEqualTo("Elsene");
        assertThat(home.hasCoordinates()).isTrue();
    }

    @Test
    void everyPostcodeRangeBelongsToItsProvince() {
        assertThat(Localities.provinceOf("1000")).hasValue("BRU");
        assertThat(Localities.provinceOf("1300")).hasValue("WBR");
        assertThat(Localities.provinceOf("1500")).hasValue("VBR");
        assertThat(Localities.provinceOf("3500")).hasValue("VLI");
        assertThat(Localities.provinceOf("6600")).hasValue("WLX");
        assertThat(Localities.provinceOf("7000")).hasValue("WHT");
        assertThat(Localities.provinceOf("8000")).hasValue("VWV");
        assertThat(Localities.provinceOf("9999")).hasValue("VOV");
        assertThat(Localities.provinceOf("0999")).isEmpty();
        assertThat(Localities.provinceOf("NL-1234")).isEmpty();
    }
}
