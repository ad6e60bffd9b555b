package be.buddytrajectories.ui.reports;

import be.buddytrajectories.core.matching.RecruitmentNeed;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.ui.shell.Formats;
import be.buddytrajectories.ui.shell.Labels;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.DecimalFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recruitment gaps: one sentence per group of waiting newcomers no buddy can be proposed to, saying what a new
 * buddy would have to be ("3 waiting newcomers need a buddy who speaks Arabic, within 25 km of Gent, free on
 * Wednesday evening"), the largest group first.
 */
class RecruitmentPanel extends VerticalLayout {

    RecruitmentPanel(List<RecruitmentNeed> needs) {
        setId("buddy-recruitment");
        setPadding(false);
        add(new H3(getTranslation("buddy.gap.title")), new Paragraph(getTranslation("buddy.gap.explain")));
        if (needs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("buddy.gap.none"));
            none.setId("buddy-recruitment-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < needs.size(); i++) {
            ListItem item = new ListItem(sentence(needs.get(i)));
            item.setId("buddy-recruitment-" + (i + 1));
            list.add(item);
        }
        add(list);
    }

    private String sentence(RecruitmentNeed need) {
        String who = getTranslation(need.newcomers() == 1 ? "buddy.gap.one" : "buddy.gap.many", need.newcomers());
        if (need.rules().contains(RecruitmentNeed.SEVERAL)) {
            return getTranslation("buddy.gap.several", who);
        }
        List<String> conditions = new ArrayList<>();
        for (String rule : need.rules()) {
            conditions.add(switch (rule) {
                case "language" -> getTranslation("buddy.gap.language", need.languages().stream()
                        .map(code -> Formats.language(this, code))
                        .collect(Collectors.joining(getTranslation("buddy.gap.or"))));
                case "distance" -> getTranslation("buddy.gap.distance",
                        new DecimalFormat("0.#").format(need.withinKm()), need.municipality());
                case "buddyGender" -> getTranslation("buddy.gap.buddyGender." + need.buddyGender());
                case "newcomerGender" -> getTranslation("buddy.gap.newcomerGender." + need.newcomerGender());
                default -> getTranslation("buddy.gap.rule." + rule);
            });
        }
        if (need.commonSlot() != null) {
            WeeklySlot slot = WeeklySlot.parse(need.commonSlot());
            conditions.add(getTranslation("buddy.gap.slot",
                    slot.day().getDisplayName(TextStyle.FULL, Formats.locale(this)), Labels.of(this, slot.part())));
        }
        return getTranslation("buddy.gap.need", who, String.join(", ", conditions));
    }
}
