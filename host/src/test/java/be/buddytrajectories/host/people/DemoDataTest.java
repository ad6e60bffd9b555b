package be.buddytrajectories.host.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void everyDemoPersonHasANameOfHisOwn() {
        List<NewPerson> people = DemoData.people();

        assertThat(people).filteredOn(p -> p.kind() == PersonKind.VOLUNTEER).hasSize(DemoData.VOLUNTEERS);
        assertThat(people).filteredOn(p -> p.kind() == PersonKind.NEWCOMER).hasSize(DemoData.NEWCOMERS);
        assertThat(people).extracting(p -> p.firstName() + " " + p.lastName()).doesNotHaveDuplicates();
    }

    @Test
    void theDemoPeopleAreTheSameEveryTime() {
        assertThat(DemoData.people()).isEqualTo(DemoData.people());
    }
}
