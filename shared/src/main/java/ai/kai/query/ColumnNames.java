package ai.kai.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Matches the column names a caller typed to the columns a table has: the exact name, else the one column that
 * differs only in case. Anything else is a 400 that lists the columns there are. Only names that come out of here
 * reach SQL, and then only as quoted identifiers ({@link #quote}).
 */
public final class ColumnNames {
    private static final int LISTED = 30;

    private ColumnNames() {
    }

    public static List<String> resolve(List<String> requested, List<String> available) {
        List<String> out = new ArrayList<>(requested.size());
        for (String name : requested) {
            out.add(resolve(name, available));
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    public static String resolve(String requested, List<String> available) {
        if (requested == null || requested.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "a column name is empty");
        }
        if (available.contains(requested)) {
            return requested;
        }
        String stripped = requested.strip();
        if (available.contains(stripped)) {
            return stripped;
        }
        List<String> caseless = available.stream()
                .filter(a -> a.toLowerCase(Locale.ROOT).equals(stripped.toLowerCase(Locale.ROOT))).toList();
        if (caseless.size() == 1) {
            return caseless.get(0);
        }
        throw new KaiException(ErrorCode.COLUMN_NOT_FOUND, "there is no column '" + shown(requested) + "'"
                + (caseless.size() > 1 ? " (several differ only in case: " + String.join(", ", caseless) + ")" : "")
                + "; the columns are " + listed(available));
    }

    /** A SQL identifier in double quotes, inner quotes doubled: safe for any column name. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String listed(List<String> available) {
        if (available.isEmpty()) {
            return "none";
        }
        List<String> shown = available.stream().limit(LISTED).map(ColumnNames::shown).toList();
        return String.join(", ", shown) + (available.size() > LISTED ? ", … (" + available.size() + " in all)" : "");
    }

    private static String shown(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
