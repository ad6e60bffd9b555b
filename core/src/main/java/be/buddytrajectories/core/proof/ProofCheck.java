package be.buddytrajectories.core.proof;

import java.time.LocalDate;

/**
 * What the public check of a valid code states: the figures printed on the proof, nothing about the person (the
 * reader compares the name on the paper).
 */
public record ProofCheck(LocalDate from, LocalDate to, double hours, double confirmedHours, int hoursTarget,
                         boolean targetReached, LocalDate issuedOn) {

    static ProofCheck of(ProofVerification v) {
        return new ProofCheck(v.periodFrom(), v.periodTo(), v.hours(), v.confirmedHours(), v.hoursTarget(),
                v.targetReached(), v.issuedOn());
    }
}
