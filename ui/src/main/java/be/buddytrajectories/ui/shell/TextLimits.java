package be.buddytrajectories.ui.shell;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Caps a text field at the length of the column and constraint behind it. The field's own check then marks a longer
 * text invalid, so it must say why: without a message the user would see a red field and nothing else.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void cap(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(field, maxLength)));
    }

    public static void cap(TextArea area, int maxLength) {
        area.setMaxLength(maxLength);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(area, maxLength)));
    }

    private static String tooLong(com.vaadin.flow.component.Component field, int maxLength) {
        return field.getTranslation("buddy.validation.tooLong", maxLength);
    }
}
