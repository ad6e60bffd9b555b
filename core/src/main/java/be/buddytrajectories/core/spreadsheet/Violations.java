package be.buddytrajectories.core.spreadsheet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Bean Validation of a core input on behalf of a row: each violation becomes an error on the field it concerns,
 * unless an error of the row already explains that field (one message per problem).
 */
final class Violations {

    private Violations() {
    }

    static <T> void check(Validator validator, T input, SpreadsheetKind kind, RowReader row) {
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            String path = path(violation.getPropertyPath());
            Field field = Arrays.stream(Field.values()).filter(kind.fields()::contains)
                    .filter(f -> f.reportsViolationAt(path)).findFirst().orElse(null);
            if (field == null || !row.isExplained(field)) {
                row.errorText(field, violation.getMessage());
            }
        }
    }

    /** E.g. {@code location.postcode} or {@code interests.<iterable element>}. */
    private static String path(Path path) {
        StringJoiner joined = new StringJoiner(".");
        path.forEach(node -> {
            if (node.getName() != null) {
                joined.add(node.getName());
            }
        });
        return joined.toString();
    }
}
