package ai.kai.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Execution accuracy: does an answer's result table hold the expected one? Tolerant where people and models differ
 * without being wrong: column names are ignored and columns are matched by their values in any order (extra columns
 * in the answer are allowed, e.g. a share next to the asked revenue); numbers are equal within half a cent
 * (0.005, plus 1e-9 relative); a midnight timestamp equals its date and a month's first day equals {@code YYYY-MM};
 * NULL equals the empty text. Strict where it matters: the row count, every expected value, and the row order
 * when the question asks for one.
 */
public final class EvalScorer {
    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]00:00(:00(\\.0+)?)?Z?");
    private static final Pattern MONTH_START = Pattern.compile("(\\d{4}-\\d{2})-01");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    public record Verdict(boolean correct, String reason) {
        static Verdict ok() {
            return new Verdict(true, "");
        }
    }

    private EvalScorer() {
    }

    public static Verdict score(EvalTable expected, EvalTable actual, boolean ordered) {
        if (actual == null) {
            return new Verdict(false, "no result table");
        }
        if (actual.rows().size() != expected.rows().size()) {
            return new Verdict(false, actual.rows().size() + " rows, expected " + expected.rows().size());
        }
        if (actual.columns().size() < expected.columns().size()) {
            return new Verdict(false, actual.columns().size() + " columns, expected " + expected.columns().size());
        }
        List<List<Integer>> candidates = new ArrayList<>();
        for (int e = 0; e < expected.columns().size(); e++) {
            List<Integer> fits = new ArrayList<>();
            for (int a = 0; a < actual.columns().size(); a++) {
                if (sameValues(column(expected, e), column(actual, a))) {
                    fits.add(a);
                }
            }
            if (fits.isEmpty()) {
                return new Verdict(false, "no column holds the values of '" + expected.columns().get(e) + "'");
            }
            candidates.add(fits);
        }
        return assign(expected, actual, ordered, candidates, new int[candidates.size()], 0)
                ? Verdict.ok() : new Verdict(false, ordered ? "rows differ or are in another order" : "rows differ");
    }

    /** Tries each injective choice of answer columns for the expected ones until the rows match. */
    private static boolean assign(EvalTable expected, EvalTable actual, boolean ordered, List<List<Integer>> candidates,
                                  int[] chosen, int next) {
        if (next == chosen.length) {
            return sameRows(expected.rows(), project(actual, chosen), ordered);
        }
        for (int a : candidates.get(next)) {
            boolean used = false;
            for (int i = 0; i < next; i++) {
                used |= chosen[i] == a;
            }
            if (!used) {
                chosen[next] = a;
                if (assign(expected, actual, ordered, candidates, chosen, next + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> project(EvalTable table, int[] columns) {
        return table.rows().stream().map(r -> {
            List<String> row = new ArrayList<>(columns.length);
            for (int c : columns) {
                row.add(r.get(c));
            }
            return row;
        }).toList();
    }

    private static boolean sameRows(List<List<String>> expected, List<List<String>> actual, boolean ordered) {
        List<List<String>> e = expected;
        List<List<String>> a = actual;
        if (!ordered) {
            e = expected.stream().sorted(ROWS).toList();
            a = actual.stream().sorted(ROWS).toList();
        }
        for (int i = 0; i < e.size(); i++) {
            for (int c = 0; c < e.get(i).size(); c++) {
                if (!sameCell(e.get(i).get(c), a.get(i).get(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> column(EvalTable table, int index) {
        return table.rows().stream().map(r -> r.get(index)).toList();
    }

    private static boolean sameValues(List<String> expected, List<String> actual) {
        List<String> e = expected.stream().sorted(CELLS).toList();
        List<String> a = actual.stream().sorted(CELLS).toList();
        for (int i = 0; i < e.size(); i++) {
            if (!sameCell(e.get(i), a.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameCell(String expected, String actual) {
        String e = normal(expected);
        String a = normal(actual);
        BigDecimal x = number(e);
        BigDecimal y = number(a);
        if (x != null && y != null) {
            BigDecimal tolerance = new BigDecimal("0.005").add(x.abs().max(y.abs()).multiply(new BigDecimal("1e-9")));
            return x.subtract(y).abs().compareTo(tolerance) <= 0;
        }
        return e.equals(a);
    }

    static String normal(String cell) {
        if (cell == null) {
            return "";
        }
        String s = cell.strip();
        var midnight = MIDNIGHT.matcher(s);
        if (midnight.matches()) {
            s = midnight.group(1);
        }
        var month = MONTH_START.matcher(s);
        return month.matches() ? month.group(1) : s;
    }

    private static BigDecimal number(String normal) {
        return NUMBER.matcher(normal).matches() ? new BigDecimal(normal) : null;
    }

    /** Numbers before text, numbers by value, text by text: the same order on both sides up to the tolerance. */
    private static final Comparator<String> CELLS = (p, q) -> {
        String s = normal(p);
        String t = normal(q);
        BigDecimal x = number(s);
        BigDecimal y = number(t);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return s.compareTo(t);
    };

    private static final Comparator<List<String>> ROWS = (p, q) -> {
        for (int i = 0; i < p.size(); i++) {
            int c = CELLS.compare(p.get(i), q.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
