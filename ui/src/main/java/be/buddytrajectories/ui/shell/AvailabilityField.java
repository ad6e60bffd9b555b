package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.WeeklySlot;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Weekly availability as a small table of check boxes (days × morning, afternoon, evening). Each box has the id
 * {@code <idPrefix>-<SLOT>}, e.g. {@code buddy-me-availability-WED_EVENING}.
 */
public class AvailabilityField extends CustomField<Set<WeeklySlot>> {

    private final Map<WeeklySlot, Checkbox> boxes = new LinkedHashMap<>();

    public AvailabilityField(String label, String idPrefix) {
        super(Set.of());
        setLabel(label);
        setId(idPrefix);
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "max-content repeat(3, max-content)")
                .set("gap", "0 var(--lumo-space-s)").set("align-items", "center");
        table.add(new Span());
        for (DayPart part : DayPart.values()) {
            table.add(new Span(Labels.of(this, part)));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            table.add(new Span(day.getDisplayName(TextStyle.SHORT, Formats.locale(this))));
            for (DayPart part : DayPart.values()) {
                WeeklySlot slot = WeeklySlot.of(day, part);
                Checkbox box = new Checkbox();
                box.setId(idPrefix + "-" + slot.code());
                box.addValueChangeListener(e -> updateValue());
                box.setAriaLabel(day.getDisplayName(TextStyle.FULL, Formats.locale(this)) + " " + Labels.of(this, part));
                boxes.put(slot, box);
                table.add(box);
            }
        }
        add(table);
    }

    @Override
    protected Set<WeeklySlot> generateModelValue() {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        boxes.forEach((slot, box) -> {
            if (box.getValue()) {
                slots.add(slot);
            }
        });
        return slots;
    }

    @Override
    protected void setPresentationValue(Set<WeeklySlot> slots) {
        boxes.forEach((slot, box) -> box.setValue(slots != null && slots.contains(slot)));
    }
}
