package be.buddytrajectories.hostsql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * SQL with named parameters ({@code :first_name}) turned into JDBC's {@code ?}. A collection parameter expands to
 * one {@code ?} per element, for {@code in (:ids)}. Quoted text and PostgreSQL's {@code ::type} casts are left alone.
 */
final class NamedSql {

    private final String jdbcSql;
    private final List<String> names;
    private final Map<String, Object> values;

    private NamedSql(String jdbcSql, List<String> names, Map<String, Object> values) {
        this.jdbcSql = jdbcSql;
        this.names = names;
        this.values = values;
    }

    static NamedSql of(String template, Map<String, Object> values) {
        StringBuilder sql = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            boolean parameter = !quoted && c == ':' && i + 1 < template.length()
                    && Character.isLetter(template.charAt(i + 1)) && (i == 0 || template.charAt(i - 1) != ':');
            if (!parameter) {
                sql.append(c);
                continue;
            }
            int end = i + 1;
            while (end < template.length()
                    && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
                end++;
            }
            String name = template.substring(i + 1, end);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter :" + name + " in: " + template);
            }
            if (values.get(name) instanceof Collection<?> list) {
                if (list.isEmpty()) {
                    throw new IllegalArgumentException("empty list for parameter :" + name);
                }
                sql.append("?,".repeat(list.size()), 0, list.size() * 2 - 1);
            } else {
                sql.append('?');
            }
            names.add(name);
            i = end - 1;
        }
        return new NamedSql(sql.toString(), names, values);
    }

    String sql() {
        return jdbcSql;
    }

    void bind(PreparedStatement ps) throws SQLException {
        int index = 1;
        for (String name : names) {
            Object value = values.get(name);
            if (value instanceof Collection<?> list) {
                for (Object element : list) {
                    set(ps, index++, element);
                }
            } else {
                set(ps, index++, value);
            }
        }
    }

    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            // The driver and the database infer the type from where the value goes (a column, say).
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof LocalDate date) {
            ps.setObject(index, date);
        } else if (value instanceof Timestamp t) {
            ps.setTimestamp(index, t);
        } else {
            throw new IllegalArgumentException("unsupported parameter type " + value.getClass().getName());
        }
    }
}
