package be.buddytrajectories.hostsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namedParametersBecomeQuestionMarksAndAListOneMarkPerElement() {
        NamedSql sql = NamedSql.of("select * from t where id in (:ids) and name = :name or alias = :name",
                Map.of("ids", List.of(1L, 2L, 3L), "name", "x"));

        assertThat(sql.sql()).isEqualTo("select * from t where id in (?,?,?) and name = ? or alias = ?");
    }

    @Test
    void colonsInQuotedTextAndPostgresCastsAreNotParameters() {
        NamedSql sql = NamedSql.of("select 'at 10:30', x::text from t where id = :id", Map.of("id", 1L));

        assertThat(sql.sql()).isEqualTo("select 'at 10:30', x::text from t where id = ?");
    }

    @Test
    void aParameterWithoutValueIsNamedInTheError() {
        assertThatThrownBy(() -> NamedSql.of("select 1 where a = :missing", Map.of()))
                .hasMessageContaining(":missing");
    }
}
