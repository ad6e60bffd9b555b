package be.buddytrajectories.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows the services' validation messages at the fields they are about: each field is registered under the
 * property path of the service input (e.g. {@code location.postcode}); a violation of a nested path goes to the
 * closest registered parent, and one that no field takes goes to a notification.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors on(String path, HasValidation field) {
        fields.put(path, field);
        return this;
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
            if (!unplaced.isEmpty()) {
                Problems.showText(String.join(" ", unplaced));
            }
        } catch (RuntimeException refused) {
            Problems.show(owner, refused);
        }
        return Optional.empty();
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
}
