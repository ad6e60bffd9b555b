package be.buddytrajectories.core.privacy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer for exports: maps, collections, strings, numbers, booleans, null, and anything else as its
 * string (dates, enums). Enough for one export a day; not worth a JSON library in the plugin.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), out, depth);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(Double.isFinite(d) ? String.valueOf(d) : "null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(i++ == 0 ? "" : ",");
                newline(out, depth + 1);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out, depth + 1);
            }
            if (!map.isEmpty()) {
                newline(out, depth);
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                out.append(i++ == 0 ? "" : ",");
                newline(out, depth + 1);
                write(item, out, depth + 1);
            }
            if (!items.isEmpty()) {
                newline(out, depth);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
