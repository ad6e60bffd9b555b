package be.buddytrajectories.core.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.buddytrajectories.core.access.AccessDeniedException;
import be.buddytrajectories.core.audit.AuditAction;
import be.buddytrajectories.core.audit.AuditEntry;
import be.buddytrajectories.core.audit.AuditTrail;
import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.privacy.PrivacyService;
import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.Duos;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProofVerificationIT extends FixturePerKind {

    /** A running duo with 90 minutes logged today, signed in as a coordinator. */
    private static Trajectory duoWithAWalk(CoreFixture f, String newcomer, String buddy) {
        Duos duos = new Duos(f);
        Trajectory duo = duos.active(newcomer, duos.buddy(buddy, 1));
        f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 90, ActivityType.WALK, true,
                false, null, null));
        return duo;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void issuingAProofRecordsACodeWithTheFiguresPrintedOnItAndAuditsTheCode(TestDatabases.Kind kind)
            throws Exception {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Hamid", "Hilde");
        ProofService proofs = f.bean(ProofService.class);
        ProofOfParticipation printed = proofs.data(duo.id());

        byte[] pdf = proofs.pdf(duo.id(), Locale.forLanguageTag("nl"));

        List<IssuedProof> issued = proofs.issued(duo.id());
        assertThat(issued).hasSize(1);
        IssuedProof proof = issued.get(0);
        assertThat(proof.code()).matches("[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{2}");
        assertThat(proof.issuedOn()).isEqualTo(f.clock.today());
        assertThat(proof.hours()).isEqualTo(1.5);
        assertThat(proof.revoked()).isFalse();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Verificatiecode: " + proof.code())
                .contains("https://buddy.example.org/buddy/check/" + proof.code());
        ProofCheck check = f.bean(ProofCheckService.class).check(proof.code()).orElseThrow();
        assertThat(check).isEqualTo(new ProofCheck(printed.from(), printed.to(), 1.5, printed.confirmedHours(), 40,
                false, f.clock.today()));
        assertThat(f.queryInt("select count(*) from buddy_proof_verification where code = '"
                + proof.code().replace("-", "") + "' and trajectory_id = " + duo.id())).isEqualTo(1);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(duo.newcomerId()))
                .filteredOn(e -> e.action() == AuditAction.GENERATE_PROOF).extracting(e -> e.detail().orElse(""))
                .contains("trajectory " + duo.id() + ", code " + proof.code());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCodeChecksInAnyCaseWithOrWithoutDashesAndSpaces(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Karim", "Katrien");
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        String code = proofs.issued(duo.id()).get(0).code();
        ProofCheckService checks = f.bean(ProofCheckService.class);

        for (String typed : List.of(code, code.toLowerCase(Locale.ROOT), code.replace("-", ""),
                " " + code.replace("-", " ").toLowerCase(Locale.ROOT) + " ")) {
            assertThat(checks.check(typed)).as(typed).isPresent();
        }
        assertThat(checks.check(code + "2")).isEmpty();
        assertThat(checks.check(null)).isEmpty();
        assertThat(checks.check("' or 1=1 --")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRevokedCodeAndAnUnknownCodeLookTheSameAndRevokingIsAudited(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Latifa", "Lies");
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        List<IssuedProof> issued = proofs.issued(duo.id());
        assertThat(issued).hasSize(2).extracting(IssuedProof::code).doesNotHaveDuplicates();
        IssuedProof first = issued.get(1);

        IssuedProof revoked = proofs.revoke(first.id());
        proofs.revoke(first.id());

        assertThat(revoked.revoked()).isTrue();
        ProofCheckService checks = f.bean(ProofCheckService.class);
        Optional<ProofCheck> ofRevoked = checks.check(first.code());
        Optional<ProofCheck> ofUnknown = checks.check("K7QM-4TXP-9D".equals(first.code()) ? "K7QM-4TXP-9E"
                : "K7QM-4TXP-9D");
        assertThat(ofRevoked).isEmpty().isEqualTo(ofUnknown);
        assertThat(checks.check(issued.get(0).code())).as("the other proof still checks").isPresent();
        assertThat(proofs.issued(duo.id())).extracting(IssuedProof::revoked).containsExactly(false, true);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(duo.newcomerId()))
                .filteredOn(e -> e.action() == AuditAction.REVOKE_PROOF).extracting(e -> e.detail().orElse(""))
                .contains("trajectory " + duo.id() + ", code " + first.code());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theFiguresOfAnIssuedProofDoNotChangeWhenContactsAreLoggedLater(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Mahmoud", "Mieke");
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        String code = proofs.issued(duo.id()).get(0).code();
        ProofCheck before = f.bean(ProofCheckService.class).check(code).orElseThrow();

        f.clock.advanceDays(7);
        f.bean(ContactService.class).log(new ContactInput(duo.id(), f.clock.today(), 120, ActivityType.CULTURE,
                true, true, null, null));

        assertThat(proofs.data(duo.id()).hours()).isEqualTo(3.5);
        assertThat(f.bean(ProofCheckService.class).check(code)).contains(before);
        assertThat(before.hours()).isEqualTo(1.5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyCoordinatorsAndAdminsIssueListAndRevokeProofs(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Duos duos = new Duos(f);
        long buddy = duos.buddy("Nele", 1);
        Trajectory duo = duos.active("Nasrin", buddy);
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        long id = proofs.issued(duo.id()).get(0).id();

        f.signInBuddy(buddy);

        assertThatThrownBy(() -> proofs.pdf(duo.id(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proofs.issued(duo.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proofs.revoke(id)).isInstanceOf(AccessDeniedException.class);
        f.signInAdmin();
        assertThat(proofs.issued(duo.id())).singleElement().extracting(IssuedProof::revoked).isEqualTo(false);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRetriedThankYouMailCarriesTheSameCode(TestDatabases.Kind kind) throws Exception {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Omar", "Olga");
        ProofService proofs = f.bean(ProofService.class);

        byte[] first = f.db().inTransaction(em -> proofs.pdfForThankYouMail(em, duo.id(), 4242L, Locale.ENGLISH));
        byte[] again = f.db().inTransaction(em -> proofs.pdfForThankYouMail(em, duo.id(), 4242L, Locale.ENGLISH));

        assertThat(proofs.issued(duo.id())).hasSize(1);
        String code = proofs.issued(duo.id()).get(0).code();
        assertThat(new PdfTextExtractor(new PdfReader(first)).getTextFromPage(1)).contains("Verification code: " + code);
        assertThat(new PdfTextExtractor(new PdfReader(again)).getTextFromPage(1)).contains(code);
        f.signInAdmin();
        assertThat(f.bean(AuditTrail.class).about(duo.newcomerId())).extracting(AuditEntry::detail)
                .contains(Optional.of("trajectory " + duo.id() + ", sent by mail, code " + code));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aProofStaysCheckableAfterItsNewcomerIsErasedButBelongsToNoDuoAnyMore(TestDatabases.Kind kind) {
        CoreFixture f = fixture(kind);
        Trajectory duo = duoWithAWalk(f, "Parwin", "Pieter");
        ProofService proofs = f.bean(ProofService.class);
        proofs.pdf(duo.id(), Locale.ENGLISH);
        String code = proofs.issued(duo.id()).get(0).code();

        f.signInAdmin();
        f.bean(PrivacyService.class).erase(duo.newcomerId(), false);

        assertThat(f.bean(ProofCheckService.class).check(code)).get().extracting(ProofCheck::hours).isEqualTo(1.5);
        assertThat(f.queryInt("select count(*) from buddy_proof_verification where code = '"
                + code.replace("-", "") + "' and trajectory_id is null")).isEqualTo(1);
        assertThat(proofs.issued(duo.id())).isEmpty();
    }
}
