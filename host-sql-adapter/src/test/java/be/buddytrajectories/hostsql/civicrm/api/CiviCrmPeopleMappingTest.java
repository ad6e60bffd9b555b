package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CiviCrmPeopleMappingTest {

    @Test
    void aMappingNeedsDistinctSubTypesAndCustomFieldsAsGroupDotField() {
        assertThatThrownBy(() -> new CiviCrmPeopleMapping("Volunteer", "Volunteer", "G.languages", "G.interests",
                1020, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different");
        assertThatThrownBy(() -> new CiviCrmPeopleMapping("Volunteer", "Newcomer", "languages", "G.interests", 1020,
                null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languagesField");
    }

    @Test
    void aVolunteerPoolIsOptionalAndBlankMeansNone() {
        CiviCrmPeopleMapping pool = CiviCrmPeopleMapping.defaults().withVolunteerPool(" Buddies ", "  ");

        assertThat(pool.volunteerGroup()).isEqualTo("Buddies");
        assertThat(pool.volunteerTag()).isNull();
        assertThat(CiviCrmPeopleMapping.defaults().volunteerGroup()).isNull();
    }
}
