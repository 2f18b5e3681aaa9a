package ai.kai.connect.jdbc;

import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** A table as callers name it: {@code table}, {@code schema.table}, each part optionally double-quoted. */
public record TableName(Optional<String> schema, String table) {
    public static TableName parse(String text) {
        if (text == null || text.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "name the table");
        }
        String s = text.strip();
        int dot = lastUnquotedDot(s);
        String table = unquote(dot < 0 ? s : s.substring(dot + 1));
        Optional<String> schema = dot < 0 ? Optional.empty() : Optional.of(unquote(s.substring(0, dot)));
        if (table.isEmpty() || schema.map(String::isEmpty).orElse(false)) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the table name '" + text + "' is malformed");
        }
        return new TableName(schema, table);
    }

    private static int lastUnquotedDot(String s) {
        boolean quoted = false;
        int dot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '`') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                dot = i;
            }
        }
        return dot;
    }

    private static String unquote(String part) {
        String p = part.strip();
        if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("`") && p.endsWith("`"))) {
            return p.substring(1, p.length() - 1);
        }
        return p;
    }
}
