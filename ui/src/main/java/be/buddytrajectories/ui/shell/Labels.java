package be.buddytrajectories.ui.shell;

import com.vaadin.flow.component.Component;

/** Translated names of the domain's enum values: key {@code buddy.enum.<EnumType>.<VALUE>}. */
public final class Labels {

    private Labels() {
    }

    public static String of(Component owner, Enum<?> value) {
        return value == null ? "" : owner.getTranslation(
                "buddy.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
