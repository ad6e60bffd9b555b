package be.buddytrajectories.hostsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostsql.civicrm.CiviCrmSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlQueriesTest {

    @TempDir
    Path dir;

    @Test
    void theCiviCrmExampleResolvesItsFragmentsAndMapsValuesBothWays() {
        SqlQueries queries = SqlQueries.fromClassPath(CiviCrmSite.PEOPLE_QUERIES);

        assertThat(queries.get("find-by-id")).startsWith("select c.id as id").doesNotContain("${")
                .endsWith("and c.id = :id");
        assertThat(queries.crmValue("kind", PersonKind.NEWCOMER)).isEqualTo("Newcomer");
        assertThat(queries.crmValue("gender", Gender.M)).isEqualTo(2L);
        assertThat(queries.fromCrm("gender", "1", Gender.class)).contains(Gender.F);
        assertThat(queries.steps("insert")).hasSize(9);
        assertThat(queries.steps("insert").get(1).onlyIf()).contains("email");
        assertThat(queries.steps("insert").get(5).eachOf()).contains("tags");
    }

    @Test
    void settingsReplaceTheFilesValuesBeforeFragmentsAreResolvedAndMustExistInTheFile() {
        SqlQueries pool = SqlQueries.fromClassPath(CiviCrmSite.PEOPLE_QUERIES, Map.of("pool.group", "Buddies"));

        assertThat(pool.get("count-by-kind")).contains("'Buddies' in (g.name, g.title)");
        assertThat(SqlQueries.fromClassPath(CiviCrmSite.PEOPLE_QUERIES).get("count-by-kind"))
                .doesNotContain("Buddies").contains("'' in (g.name, g.title)");
        assertThatThrownBy(() -> SqlQueries.fromClassPath(CiviCrmSite.PEOPLE_QUERIES, Map.of("pool.grup", "X")))
                .hasMessageContaining("no setting pool.grup");
    }

    @Test
    void aCiviCrmPoolNameIsWrittenAsASqlStringWhateverItsQuotes() {
        assertThat(CiviCrmSite.peopleQueries("Vrijwilligers' pool", null).get("count-by-kind"))
                .contains("'Vrijwilligers'' pool' in (g.name, g.title)");
    }

    @Test
    void aFileWithoutARequiredQueryIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("crm.properties"), "find-by-id=select 1\n");

        assertThatThrownBy(() -> SqlQueries.fromFile(file)).hasMessageContaining("find-all");
    }

    @Test
    void aReferenceToAMissingKeyIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("crm.properties"), "find-by-id=${people.select} where 1 = 1\n");

        assertThatThrownBy(() -> SqlQueries.fromFile(file)).hasMessageContaining("people.select");
    }
}
