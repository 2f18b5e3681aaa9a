package ai.kai.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Splits SQL into tokens the way the dialect's server does: words (upper-cased), quoted names, strings,
 * numbers and single-character symbols; comments and whitespace dropped. Constructs that would let text the
 * guard reads as inert run as code (MySQL's {@code /*! ... *}{@code /} comments, Postgres {@code U&} escapes)
 * are refused outright.
 */
final class SqlLexer {
    enum Kind { WORD, NAME, STRING, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int start) {
        boolean isWord(String w) {
            return kind == Kind.WORD && text.equals(w);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }
    }

    private final String sql;
    private final SqlDialect d;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private SqlLexer(String sql, SqlDialect dialect) {
        this.sql = sql;
        this.d = dialect;
    }

    static List<Token> tokenize(String sql, SqlDialect dialect) {
        SqlLexer lexer = new SqlLexer(sql, dialect);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : 0;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next == '-' && (d != SqlDialect.MYSQL || i + 2 >= n || sql.charAt(i + 2) <= ' ')) {
                skipLine();
            } else if (c == '#' && d.hashComments) {
                skipLine();
            } else if (c == '/' && next == '*') {
                blockComment();
            } else if (d.postgresFamily && (c == 'U' || c == 'u') && next == '&' && i + 2 < n
                    && (sql.charAt(i + 2) == '\'' || sql.charAt(i + 2) == '"')) {
                throw refused("Unicode-escaped names and strings (U&'...') are not accepted; write the characters plainly");
            } else if (d.postgresFamily && (c == 'E' || c == 'e') && next == '\'') {
                i++;
                quoted('\'', Kind.STRING, true);
            } else if (d == SqlDialect.BIGQUERY && (c == 'r' || c == 'R' || c == 'b' || c == 'B') && (next == '\'' || next == '"')) {
                i++;
                quoted(next, Kind.STRING, false);
            } else if (c == '\'') {
                quoted('\'', Kind.STRING, d.backslashEscapes);
            } else if (c == '"') {
                quoted('"', d.doubleQuotedStrings ? Kind.STRING : Kind.NAME, d.doubleQuotedStrings && d.backslashEscapes);
            } else if (c == '`' && d.backtickNames) {
                quoted('`', Kind.NAME, false);
            } else if (c == '[' && d == SqlDialect.SQLITE) {
                int end = sql.indexOf(']', i + 1);
                tokens.add(new Token(Kind.NAME, sql.substring(i + 1, end < 0 ? n : end).toLowerCase(Locale.ROOT), i));
                i = end < 0 ? n : end + 1;
            } else if (c == '$' && d.dollarQuotes && dollarQuote()) {
                continue;
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next))) {
                number();
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                i++;
            }
        }
    }

    private void skipLine() {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? sql.length() : eol + 1;
    }

    private void blockComment() {
        if (i + 2 < sql.length() && (sql.charAt(i + 2) == '!' || sql.startsWith("M!", i + 2))
                && (d == SqlDialect.MYSQL)) {
            throw refused("MySQL executable comments (/*! ... */) are not accepted");
        }
        int depth = 1;
        int j = i + 2;
        while (j < sql.length() && depth > 0) {
            if (d.postgresFamily && sql.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (sql.startsWith("*/", j)) {
                depth--;
                j += 2;
            } else {
                j++;
            }
        }
        if (depth > 0) {
            throw syntax("a /* comment is not closed");
        }
        i = j;
    }

    private void quoted(char quote, Kind kind, boolean backslash) {
        int start = i;
        boolean triple = d == SqlDialect.BIGQUERY && sql.startsWith(String.valueOf(quote).repeat(3), i);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int j = i + close.length();
        StringBuilder value = new StringBuilder();
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (backslash && c == '\\' && j + 1 < sql.length()) {
                value.append(sql.charAt(j + 1));
                j += 2;
            } else if (sql.startsWith(close, j)) {
                if (!triple && j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    value.append(quote);
                    j += 2;
                    continue;
                }
                i = j + close.length();
                String text = value.toString();
                tokens.add(new Token(kind, kind == Kind.NAME ? text.toLowerCase(Locale.ROOT) : text, start));
                return;
            } else {
                value.append(c);
                j++;
            }
        }
        throw syntax("a quoted " + (kind == Kind.NAME ? "name" : "string") + " is not closed");
    }

    private boolean dollarQuote() {
        int end = sql.indexOf('$', i + 1);
        if (end < 0) {
            return false;
        }
        String tag = sql.substring(i, end + 1);
        if (!tag.substring(1, tag.length() - 1).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                || (tag.length() > 2 && Character.isDigit(tag.charAt(1)))) {
            return false;
        }
        int close = sql.indexOf(tag, end + 1);
        if (close < 0) {
            throw syntax("a " + tag + " quoted string is not closed");
        }
        tokens.add(new Token(Kind.STRING, sql.substring(end + 1, close), i));
        i = close + tag.length();
        return true;
    }

    private void word() {
        int start = i;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
            i++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(start, i).toUpperCase(Locale.ROOT), start));
    }

    private void number() {
        int start = i;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.'
                || ((sql.charAt(i) == '+' || sql.charAt(i) == '-') && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')))) {
            i++;
        }
        tokens.add(new Token(Kind.NUMBER, sql.substring(start, i), start));
    }

    private static KaiException syntax(String message) {
        return new KaiException(ErrorCode.SQL_SYNTAX_ERROR, "SQL syntax error: " + message);
    }

    private static KaiException refused(String message) {
        return new KaiException(ErrorCode.SQL_NOT_READ_ONLY, message);
    }
}
