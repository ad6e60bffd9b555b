package be.buddytrajectories.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.testing.CoreFixture;
import be.buddytrajectories.core.testing.FixturePerKind;
import be.buddytrajectories.hostapi.testing.TestDatabases;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One limit per text: the changelog's column, the entity's {@code @Column} and its {@code @Size} agree for every text
 * the plugin stores, so that a text the constraint lets through always fits its column (no SQL error) and a form
 * capped at the same limit refuses nothing the database would take.
 */
class SharedTextLimitsIT extends FixturePerKind {

    @Test
    void everyTextColumnIsAsLongAsItsEntityAndItsConstraintSay() throws ReflectiveOperationException {
        CoreFixture f = fixture(TestDatabases.Kind.H2);
        f.db().runInTransaction(em -> { });
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Class<?> entity : entities()) {
            // A mapped superclass's columns are the entity's: they are checked in the entity's table.
            for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
                checked += check(f, type, entity.getAnnotation(Table.class).name(), mismatches);
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(checked).as("text columns checked").isGreaterThan(25);
    }

    private static int check(CoreFixture f, Class<?> type, String table, List<String> mismatches) {
        int checked = 0;
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Embedded.class)) {
                checked += check(f, field.getType(), table, mismatches);
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            Size size = collection == null ? field.getAnnotation(Size.class) : elementSize(field);
            boolean text = field.getType() == String.class || collection != null && size != null;
            if (column == null || !text) {
                continue;
            }
            String in = collection == null ? table : collection.name();
            int length = f.queryInt("select character_maximum_length from information_schema.columns"
                    + " where lower(table_name) = '" + in + "' and lower(column_name) = '" + column.name() + "'");
            String where = type.getSimpleName() + "." + field.getName() + " (" + in + "." + column.name() + ")";
            if (length != column.length()) {
                mismatches.add(where + ": column " + length + ", @Column " + column.length());
            }
            if (size != null && size.max() != column.length()) {
                mismatches.add(where + ": @Size " + size.max() + ", @Column " + column.length());
            }
            checked++;
        }
        return checked;
    }

    /** The {@code @Size} on the elements of a collection of texts, e.g. {@code Set<@Size(max = 60) String>}. */
    private static Size elementSize(Field field) {
        if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
            return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class);
        }
        return null;
    }

    /** The plugin's entity list, which core keeps package-private in its persistence package. */
    @SuppressWarnings("unchecked")
    private static List<Class<?>> entities() throws ReflectiveOperationException {
        Method all = Class.forName("be.buddytrajectories.core.persistence.PersistentClasses")
                .getDeclaredMethod("all");
        all.setAccessible(true);
        return (List<Class<?>>) all.invoke(null);
    }
}
