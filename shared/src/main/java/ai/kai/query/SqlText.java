package ai.kai.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal SQL lexer: finds the top-level statement separators and the leading keywords of a text,
 * skipping string literals, quoted identifiers, dollar quotes and comments. Written here because DuckDB's
 * JDBC driver exposes no statement splitter and its JSON serialiser refuses PIVOT and EXPLAIN
 * (docs/decisions.md, "SQL guard").
 */
final class SqlText {
    private SqlText() {
    }

    /** The statements of {@code sql}, trimmed, empty ones (e.g. after a trailing ';') dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$') {
                i = skipDollarQuoted(sql, i);
            } else if (c == ';') {
                addIfNotBlank(out, sql.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        addIfNotBlank(out, sql.substring(start));
        return out;
    }

    /** The statement without leading comments and whitespace. */
    static String stripLeadingComments(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '(') {
                i++;
            } else {
                break;
            }
        }
        return sql.substring(i);
    }

    /** The first word of the statement, upper-cased ("" if none). */
    static String firstKeyword(String sql) {
        String s = stripLeadingComments(sql);
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** The statement after its first keyword. */
    static String afterFirstKeyword(String sql) {
        String s = stripLeadingComments(sql);
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(end);
    }

    private static int skipQuoted(String sql, int i, char quote) {
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.length();
    }

    private static int skipDollarQuoted(String sql, int i) {
        int tagEnd = sql.indexOf('$', i + 1);
        if (tagEnd < 0) {
            return i + 1;
        }
        String tag = sql.substring(i, tagEnd + 1);
        if (!tag.chars().skip(1).limit(tag.length() - 2L).allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
            return i + 1;
        }
        int close = sql.indexOf(tag, tagEnd + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }

    private static void addIfNotBlank(List<String> out, String statement) {
        String s = statement.strip();
        if (!stripLeadingComments(s).isBlank()) {
            out.add(s);
        }
    }
}
