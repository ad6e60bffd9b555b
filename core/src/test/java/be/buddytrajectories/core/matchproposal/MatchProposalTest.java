package be.buddytrajectories.core.matchproposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.rules.RuleViolationException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MatchProposalTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 1, 10, 0);

    private static MatchProposal proposal() {
        return new MatchProposal(1L, 2L, 3L, 0.8, "Spreekt Arabisch", 900L, AT);
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheProposalOpenWithout() {
        MatchProposal proposal = proposal();

        assertThatThrownBy(() -> proposal.reject("  ", 900L, AT)).isInstanceOfSatisfying(
                RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("buddy.proposal.rejectReasonRequired"));
        assertThat(proposal.decision()).isEmpty();

        proposal.reject(" woont te ver ", 900L, AT.plusHours(1));
        assertThat(proposal.decision()).contains(Decision.REJECTED);
        assertThat(proposal.decisionReason()).contains("woont te ver");
        assertThat(proposal.decidedAt()).contains(AT.plusHours(1));
    }

    @Test
    void aProposalIsDecidedOnce() {
        MatchProposal proposal = proposal();
        proposal.accept(900L, AT);

        assertThatThrownBy(() -> proposal.reject("toch niet", 901L, AT)).isInstanceOfSatisfying(
                RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("buddy.proposal.alreadyDecided"));
        assertThatThrownBy(() -> proposal.accept(901L, AT)).isInstanceOf(RuleViolationException.class);
        assertThat(proposal.decision()).contains(Decision.ACCEPTED);
        assertThat(proposal.decidedBy()).contains(900L);
    }
}
