package be.buddytrajectories.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import be.buddytrajectories.core.testing.Profiles;
import be.buddytrajectories.search.profile.BuddyStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuddyProfileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void aNewProfileIsNeitherScreenedNorTrainedUntilItIsRecorded() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());

        assertThat(profile.screenedOn(DAY)).isFalse();
        assertThat(profile.trained()).isFalse();
        profile.recordScreening(new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1, DAY, null), 36, 1L, DAY);
        profile.recordBasicTraining(DAY);
        assertThat(profile.screenedUntil()).contains(DAY.plusMonths(36));
        assertThat(profile.screenedOn(DAY.plusMonths(36))).isTrue();
        assertThat(profile.screenedOn(DAY.plusMonths(36).plusDays(1))).isFalse();
        assertThat(profile.trained()).isTrue();
    }

    @Test
    void anInterviewOrAReferenceIsKeptButDoesNotMakeTheBuddyScreened() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());

        Screening interview = profile.recordScreening(new ScreeningInput(ScreeningKind.INTERVIEW, DAY, "goed gesprek"),
                36, 1L, DAY);
        profile.recordScreening(new ScreeningInput(ScreeningKind.REFERENCE, DAY, null), 36, 1L, DAY);

        assertThat(interview.validUntil()).isEqualTo(DAY.plusMonths(36));
        assertThat(profile.screenedUntil()).isEmpty();
    }

    @Test
    void anOlderExtractRecordedLateNeverShortensTheValidity() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());
        profile.recordScreening(new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_2, DAY, null), 36, 1L, DAY);

        profile.recordScreening(new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1, DAY.minusYears(2), null), 36,
                1L, DAY);
        assertThat(profile.screenedUntil()).contains(DAY.plusMonths(36));
    }

    @Test
    void aScreeningIssuedInTheFutureIsRefusedAndChangesNothing() {
        BuddyProfile profile = new BuddyProfile(5L, Profiles.buddy());

        assertThatThrownBy(() -> profile.recordScreening(new ScreeningInput(ScreeningKind.CRIMINAL_RECORD_MODEL_1,
                DAY.plusDays(1), null), 36, 1L, DAY)).isInstanceOf(RuleViolationException.class)
                .hasMessage("A screening cannot be issued in the future (2026-04-02).");
        assertThat(profile.screenedUntil()).isEmpty();
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
