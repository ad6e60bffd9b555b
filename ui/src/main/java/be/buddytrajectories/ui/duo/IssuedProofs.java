package be.buddytrajectories.ui.duo;

import be.buddytrajectories.core.proof.IssuedProof;
import be.buddytrajectories.core.proof.ProofService;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Problems;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The proofs issued for a duo, newest first, each with its verification code; a coordinator revokes one. */
class IssuedProofs extends Composite<VerticalLayout> {

    private final ProofService proofs;
    private final long trajectoryId;

    IssuedProofs(ProofService proofs, long trajectoryId) {
        this.proofs = proofs;
        this.trajectoryId = trajectoryId;
        getContent().setId("buddy-duo-proofs");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        refresh();
    }

    private void refresh() {
        getContent().removeAll();
        List<IssuedProof> issued = proofs.issued(trajectoryId);
        if (issued.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("buddy.proofs.none")));
        }
        for (IssuedProof proof : issued) {
            Span what = new Span(getTranslation("buddy.proofs.line", proof.code(), Formats.date(this, proof.issuedOn()),
                    Formats.decimal(this, proof.hours()), Formats.decimal(this, proof.confirmedHours())));
            HorizontalLayout row = new HorizontalLayout(what);
            row.setId("buddy-duo-proof-" + proof.id());
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (proof.revoked()) {
                Span revoked = new Span(getTranslation("buddy.proofs.revoked"));
                revoked.getElement().getThemeList().add("badge error");
                row.add(revoked);
            } else {
                Button revoke = new Button(getTranslation("buddy.proofs.revoke"), e -> revoke(proof));
                revoke.setId("buddy-proof-revoke-" + proof.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                row.add(revoke);
            }
            getContent().add(row);
        }
    }

    private void revoke(IssuedProof proof) {
        try {
            proofs.revoke(proof.id());
            Problems.confirm(getTranslation("buddy.proofs.revokedNotice", proof.code()));
            refresh();
        } catch (RuntimeException refused) {
            Problems.show(this, refused);
        }
    }
}
