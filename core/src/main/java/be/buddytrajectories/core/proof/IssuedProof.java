package be.buddytrajectories.core.proof;

import java.time.LocalDate;

/** A proof issued for a duo, as its coordinator sees it in the list: the code as printed and the frozen hours. */
public record IssuedProof(long id, String code, LocalDate issuedOn, double hours, double confirmedHours,
                          boolean revoked) {

    static IssuedProof of(ProofVerification v) {
        return new IssuedProof(v.id(), VerificationCode.grouped(v.code()), v.issuedOn(), v.hours(),
                v.confirmedHours(), v.revoked());
    }
}
