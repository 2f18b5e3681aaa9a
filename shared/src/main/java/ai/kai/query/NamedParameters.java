package ai.kai.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns named parameters ({@code :start_date} or {@code $start_date}) into positional {@code ?} markers so their
 * values are bound by the driver, never spliced into the text. String literals, quoted identifiers, dollar quotes and
 * comments are left untouched, and so are casts ({@code x::DATE}); only names in {@code known} are rewritten.
 */
public final class NamedParameters {
    private NamedParameters() {
    }

    /** The statement with {@code ?} markers and the values to bind to them, in order. */
    public record Bound(String sql, List<Object> values) {
        public Bound {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public static Bound bind(String sql, Map<String, ?> values) {
        List<Object> ordered = new ArrayList<>();
        StringBuilder out = new StringBuilder(sql.length());
        scan(sql, values.keySet(), (name, start, end) -> ordered.add(values.get(name)), out);
        return new Bound(out.toString(), ordered);
    }

    /** The known parameter names the statement refers to, in order of appearance (repeats included). */
    public static List<String> references(String sql, Set<String> known) {
        List<String> names = new ArrayList<>();
        scan(sql, known, (name, start, end) -> names.add(name), new StringBuilder());
        return names;
    }

    /** The identifiers outside literals and comments, lower-cased: e.g. the tables a statement may name. */
    public static List<String> identifiers(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            int skipped = skip(sql, i);
            if (skipped > i) {
                if (sql.charAt(i) == '"') {
                    out.add(sql.substring(i + 1, Math.max(i + 1, skipped - 1)).replace("\"\"", "\"").toLowerCase());
                }
                i = skipped;
            } else if (isNameStart(sql.charAt(i))) {
                int end = nameEnd(sql, i);
                out.add(sql.substring(i, end).toLowerCase());
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private interface Found {
        void name(String name, int start, int end);
    }

    private static void scan(String sql, Set<String> known, Found found, StringBuilder out) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int skipped = skip(sql, i);
            if (skipped > i) {
                out.append(sql, i, skipped);
                i = skipped;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if ((c == ':' || c == '$') && i + 1 < n && isNameStart(sql.charAt(i + 1))
                    && (i == 0 || !isNamePart(sql.charAt(i - 1)))) {
                int end = nameEnd(sql, i + 1);
                String name = sql.substring(i + 1, end);
                if (known.contains(name)) {
                    found.name(name, i, end);
                    out.append('?');
                } else {
                    out.append(sql, i, end);
                }
                i = end;
            } else if (isNameStart(c)) {
                int end = nameEnd(sql, i);
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** The index after a literal, quoted identifier, dollar quote or comment starting at {@code i}; {@code i} if none. */
    private static int skip(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < n) {
                if (sql.charAt(j) == c) {
                    if (j + 1 < n && sql.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return n;
        }
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
            int eol = sql.indexOf('\n', i);
            return eol < 0 ? n : eol + 1;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        if (c == '$') {
            int tagEnd = i + 1;
            while (tagEnd < n && isNamePart(sql.charAt(tagEnd))) {
                tagEnd++;
            }
            if (tagEnd < n && sql.charAt(tagEnd) == '$') {
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                return close < 0 ? n : close + tag.length();
            }
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int nameEnd(String sql, int start) {
        int end = start;
        while (end < sql.length() && isNamePart(sql.charAt(end))) {
            end++;
        }
        return end;
    }
}
