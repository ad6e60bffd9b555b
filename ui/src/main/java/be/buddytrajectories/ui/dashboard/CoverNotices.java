package be.buddytrajectories.ui.dashboard;

import be.buddytrajectories.core.handover.Cover;
import be.buddytrajectories.ui.handover.CoordinatorNames;
import be.buddytrajectories.ui.shell.Formats;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The covers in force for the signed-in coordinator: "You cover for X until …" or "Y covers for you until …". */
class CoverNotices extends VerticalLayout {

    CoverNotices(List<Cover> covers, long me, CoordinatorNames names) {
        setId("buddy-cover-notices");
        setPadding(false);
        setSpacing(false);
        for (Cover cover : covers) {
            boolean covering = cover.coveringCoordinator() == me;
            Span notice = new Span(covering
                    ? getTranslation("buddy.cover.notice.covering", names.of(cover.absentCoordinator()),
                            Formats.date(this, cover.lastDay()))
                    : getTranslation("buddy.cover.notice.covered", names.of(cover.coveringCoordinator()),
                            Formats.date(this, cover.lastDay())));
            notice.setId("buddy-cover-notice-" + cover.id());
            notice.getElement().getThemeList().add("badge contrast");
            add(notice);
        }
        setVisible(!covers.isEmpty());
    }
}
