package be.buddytrajectories.ui.crm;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.contact.ActivityType;
import be.buddytrajectories.core.contact.ContactInput;
import be.buddytrajectories.core.contact.ContactService;
import be.buddytrajectories.core.contact.ContactView;
import be.buddytrajectories.core.crm.CrmWrite;
import be.buddytrajectories.core.crm.CrmWriteState;
import be.buddytrajectories.core.crm.CrmWriter;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.CrmWriteBack.Write;
import be.buddytrajectories.ui.testing.ViewFixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class CrmAdminViewTest {

    private ViewFixture f;

    @BeforeEach
    void start() {
        f = ViewFixture.start();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aWriteTheCrmRefusedShowsTheCrmsAnswerAndIsWrittenAfterTheAdminRetriesIt() {
        f.crm.switchTo(Write.CONTACT_ACTIVITY, Write.BUDDY_RELATIONSHIP);
        Trajectory duo = f.active("Amina", f.buddy("Lotte"));
        f.crm.refuse("Contact 4711 is in the trash", true);
        ContactView contact = f.bean(ContactService.class).log(new ContactInput(duo.id(), ViewFixture.TODAY, 75,
                ActivityType.WALK, true, false, null, null));
        f.bean(CrmWriter.class).writeDue();
        f.signInAdmin();

        UI.getCurrent().navigate(CrmAdminView.class);
        assertThat(_get(Span.class, spec -> spec.withId("buddy-crm-writes")).getText())
                .isEqualTo("Deze host schrijft terug: contacten als activiteiten, duo's als buddyrelaties.");
        Span figures = _get(Span.class, spec -> spec.withId("buddy-crm-figures"));
        assertThat(figures.getElement().getAttribute("data-failed")).isEqualTo("2");
        assertThat(figures.getText()).contains("mislukt: 2");
        Grid<CrmWrite> queue = _get(Grid.class, spec -> spec.withId("buddy-crm-queue"));
        assertThat(queue.getListDataView().getItems().map(CrmWrite::lastError))
                .allSatisfy(error -> assertThat(error).hasValue("Contact 4711 is in the trash"));
        int row = queue.getListDataView().getItems().map(CrmWrite::sourceKey).toList().indexOf(contact.id());

        f.crm.accept();
        Button retry = (Button) GridKt._getCellComponent(queue, row, CrmAdminView.RETRY_COLUMN);
        assertThat(retry.getId()).hasValue("buddy-crm-retry-" + GridKt._get(queue, row).id());
        _click(retry);
        f.bean(CrmWriter.class).writeDue();
        _click(_get(Button.class, spec -> spec.withId("buddy-crm-reload")));

        assertThat(figures.getElement().getAttribute("data-done")).isEqualTo("1");
        assertThat(figures.getElement().getAttribute("data-failed")).isEqualTo("1");
        assertThat(f.crm.activities().get(contact.id()).minutes()).isEqualTo(75);
        assertThat(queue.getListDataView().getItem(0).state()).isEqualTo(CrmWriteState.FAILED);

        _click(_get(Button.class, spec -> spec.withId("buddy-crm-retry-failed")));
        f.bean(CrmWriter.class).writeDue();
        _click(_get(Button.class, spec -> spec.withId("buddy-crm-reload")));
        assertThat(figures.getElement().getAttribute("data-done")).isEqualTo("2");
        assertThat(f.crm.relationships()).singleElement()
                .satisfies(r -> assertThat(r.relationship().key()).isEqualTo(duo.id()));
    }

    @Test
    void aHostThatWritesNothingBackSaysSoAndTheQueueIsEmpty() {
        f.signInAdmin();
        UI.getCurrent().navigate(CrmAdminView.class);

        assertThat(_get(Span.class, spec -> spec.withId("buddy-crm-writes")).getText())
                .startsWith("Deze host schrijft niets terug naar een CRM.");
        assertThat(_get(Grid.class, spec -> spec.withId("buddy-crm-queue")).getListDataView().getItemCount()).isZero();
    }
}
