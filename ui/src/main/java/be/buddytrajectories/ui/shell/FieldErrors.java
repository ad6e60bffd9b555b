package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.validation.BuddyValidation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows the services' validation messages at the fields they are about: each field is registered under the
 * property path of the service input (e.g. {@code location.postcode}); a violation of a nested path goes to the
 * closest registered parent, and one that no field takes goes to a notification. A refused save shows every
 * problem at once, scrolls to the first field that needs attention and says how many do. The fields the input's
 * constraints require are marked as required, so the mark and the rule cannot disagree.
 */
public final class FieldErrors {

    private static final Validator CONSTRAINTS = BuddyValidation.factory(() -> Locale.ROOT).getValidator();

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors on(String path, HasValidation field) {
        fields.put(path, field);
        return this;
    }

    /** Marks each registered field whose property {@code input} requires. */
    public FieldErrors markRequired(Class<?> input) {
        fields.forEach((path, field) -> {
            if (field instanceof HasValue<?, ?> value && requires(input, path)) {
                value.setRequiredIndicatorVisible(true);
            }
        });
        return this;
    }

    /**
     * True when the property at {@code path} of {@code type} must be given: not null for a single value, not
     * empty for a text or a collection.
     */
    static boolean requires(Class<?> type, String path) {
        PropertyDescriptor property = null;
        Class<?> current = type;
        for (String name : path.split("\\.")) {
            property = CONSTRAINTS.getConstraintsForClass(current).getConstraintsForProperty(name);
            if (property == null) {
                return false;
            }
            current = property.getElementClass();
        }
        Class<?> valueType = current;
        return property.getConstraintDescriptors().stream().map(c -> c.getAnnotation())
                .anyMatch(a -> a instanceof NotBlank || a instanceof NotEmpty
                        || a instanceof Size size && size.min() > 0
                        || a instanceof NotNull && !Collection.class.isAssignableFrom(valueType)
                        && !Map.class.isAssignableFrom(valueType));
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setErrorMessage(null);
            field.setInvalid(false);
        });
    }

    /**
     * Runs a service call; on a refusal shows validation messages at their fields and anything else in a
     * notification.
     *
     * @return the call's result, or empty when it was refused
     */
    public <T> Optional<T> attempt(Supplier<T> call) {
        clear();
        try {
            return Optional.ofNullable(call.get());
        } catch (ConstraintViolationException invalid) {
            List<String> unplaced = new ArrayList<>();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                if (!place(violation.getPropertyPath().toString(), violation.getMessage())) {
                    unplaced.add(violation.getMessage());
                }
            }
            pointAtProblems(unplaced);
        } catch (Incomplete incomplete) {
            pointAtProblems(List.of());
        } catch (RuntimeException refused) {
            Problems.show(owner, refused);
        }
        return Optional.empty();
    }

    /**
     * After a refused save: scrolls to the first invalid field of the owner (the form's own checks included) and
     * says how many need attention, with the messages no field could show.
     */
    public void pointAtProblems(List<String> unplaced) {
        List<Component> invalid = new ArrayList<>();
        collectInvalid(owner, invalid);
        List<String> text = new ArrayList<>();
        if (!invalid.isEmpty()) {
            Component first = invalid.get(0);
            first.scrollIntoView();
            if (first instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            text.add(owner.getTranslation("buddy.validation.fieldsNeedAttention", invalid.size()));
        }
        text.addAll(unplaced);
        if (!text.isEmpty()) {
            Problems.showText(String.join(" ", text));
        }
    }

    private static void collectInvalid(Component component, List<Component> invalid) {
        if (!component.isVisible()) {
            return;
        }
        if (component instanceof HasValidation field && field.isInvalid()) {
            invalid.add(component);
        }
        component.getChildren().forEach(child -> collectInvalid(child, invalid));
    }

    private boolean place(String path, String message) {
        for (String candidate = path; !candidate.isEmpty(); candidate = parent(candidate)) {
            HasValidation field = fields.get(candidate);
            if (field != null) {
                String shown = field.isInvalid() && field.getErrorMessage() != null
                        && !field.getErrorMessage().contains(message) ? field.getErrorMessage() + " " + message : message;
                field.setErrorMessage(shown);
                field.setInvalid(true);
                return true;
            }
        }
        return false;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Thrown by a call when the form's own checks (e.g. of a new person) failed: its fields already say why. */
    public static final class Incomplete extends RuntimeException {

        public Incomplete() {
            super("the form has fields that need attention", null, false, false);
        }
    }
}
