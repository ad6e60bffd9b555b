package be.buddytrajectories.core.proof;

import be.buddytrajectories.core.persistence.BuddyDatabase;
import be.buddytrajectories.hostapi.HostInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The public check of a proof by its verification code, without an account: the code is the permission, and the
 * answer holds only the figures printed on the proof. The caller limits the rate of checks.
 */
@ApplicationScoped
public class ProofCheckService {

    /** The path of the check page, also printed (as a link and a QR code) on every proof. */
    public static final String ROUTE = "buddy/check";

    private final BuddyDatabase database;

    @Inject
    public ProofCheckService(BuddyDatabase database) {
        this.database = database;
    }

    /**
     * The proof a typed code stands for, in any case and with or without spaces and dashes; empty for a malformed,
     * unknown or revoked code alike, so that an answer tells a guesser nothing more.
     */
    public Optional<ProofCheck> check(String typedCode) {
        return VerificationCode.normalise(typedCode).flatMap(code -> database.inTransaction(em -> em.createQuery(
                        "select v from ProofVerification v where v.code = :c and v.revokedAt is null",
                        ProofVerification.class).setParameter("c", code).getResultStream().findFirst()
                .map(ProofCheck::of)));
    }

    /** The absolute address that checks this code (printed on the proof and in its QR code). */
    static String link(HostInfo host, String code) {
        return host.link(ROUTE + "/" + VerificationCode.grouped(code));
    }
}
