package be.buddytrajectories.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuddyProfileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void aNewProfileIsNeitherScreenedNorTrainedUntilItIsRecorded() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());

        assertThat(profile.screened()).isFalse();
        assertThat(profile.trained()).isFalse();
        profile.recordScreening(DAY);
        profile.recordBasicTraining(DAY);
        assertThat(profile.screenedOn()).contains(DAY);
        assertThat(profile.trained()).isTrue();
    }

    @Test
    void theFirstBasicTrainingIsKeptWhenALaterOneIsRecorded() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());
        profile.recordBasicTraining(DAY);

        profile.recordBasicTraining(DAY.plusMonths(6));
        assertThat(profile.basicTrainingOn()).contains(DAY);
        profile.recordBasicTraining(DAY.minusMonths(1));
        assertThat(profile.basicTrainingOn()).contains(DAY.minusMonths(1));
    }

    @Test
    void aStatusChangeNeedsAStatus() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());

        profile.changeStatus(BuddyStatus.PAUSED);
        assertThat(profile.status()).isEqualTo(BuddyStatus.PAUSED);
        assertThatThrownBy(() -> profile.changeStatus(null)).isInstanceOf(NullPointerException.class);
        assertThat(profile.status()).isEqualTo(BuddyStatus.PAUSED);
    }
}
