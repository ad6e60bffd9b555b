package be.buddytrajectories.hostsql.civicrm.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CiviCrmPeopleMappingTest {

    @Test
    void aMappingNeedsDistinctSubTypesAndCustomFieldsAsGroupDotField() {
        assertThatThrownBy(() -> new CiviCrmPeopleMapping("Volunteer", "Volunteer", "G.languages", "G.interests",
                1020)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different");
        assertThatThrownBy(() -> new CiviCrmPeopleMapping("Volunteer", "Newcomer", "languages", "G.interests", 1020))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languagesField");
    }
}
