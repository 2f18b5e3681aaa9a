package ai.kai.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Counts of two categorical variables: {@code counts[row][column]}, with labels for each level. At least
 * 2×2, non-negative counts, and every row and column with at least one observation.
 */
public record ContingencyTable(String rowVariable, String columnVariable, List<String> rowLabels,
        List<String> columnLabels, long[][] counts) {

    public ContingencyTable {
        rowVariable = Checks.name(rowVariable, "the row variable");
        columnVariable = Checks.name(columnVariable, "the column variable");
        if (counts == null || counts.length < 2 || counts[0] == null || counts[0].length < 2) {
            throw table("a contingency table needs at least 2 rows and 2 columns of counts");
        }
        int columns = counts[0].length;
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] == null || counts[r].length != columns) {
                throw table("every row of the table needs " + columns + " counts; row " + (r + 1) + " has "
                        + (counts[r] == null ? 0 : counts[r].length));
            }
            for (long c : counts[r]) {
                if (c < 0) {
                    throw table("counts cannot be negative; row " + (r + 1) + " has " + c);
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
        rowLabels = labels(rowLabels, counts.length, "row");
        columnLabels = labels(columnLabels, columns, "column");
        for (int r = 0; r < counts.length; r++) {
            if (Arrays.stream(counts[r]).sum() == 0) {
                throw table(rowVariable + " = " + rowLabels.get(r) + " has no observations; remove empty categories");
            }
        }
        for (int c = 0; c < columns; c++) {
            long sum = 0;
            for (long[] row : counts) {
                sum += row[c];
            }
            if (sum == 0) {
                throw table(columnVariable + " = " + columnLabels.get(c) + " has no observations; remove empty categories");
            }
        }
    }

    /** A table with generic names ("row 1", "column 1") for quick use. */
    public static ContingencyTable of(long[][] counts) {
        return new ContingencyTable("rows", "columns", null, null, counts);
    }

    /**
     * Cross-tabulates two label columns, one pair per observation; levels keep their order of first appearance.
     */
    public static ContingencyTable fromObservations(String rowVariable, String[] rowValues, String columnVariable,
            String[] columnValues) {
        if (rowValues == null || columnValues == null || rowValues.length != columnValues.length) {
            throw new KaiException(ErrorCode.LENGTH_MISMATCH, "cross-tabulation needs one " + columnVariable
                    + " value for every " + rowVariable + " value; got " + (rowValues == null ? 0 : rowValues.length)
                    + " and " + (columnValues == null ? 0 : columnValues.length));
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < rowValues.length; i++) {
            if (rowValues[i] == null || columnValues[i] == null) {
                throw Checks.invalid("observation " + (i + 1) + " (counting from 1) has a missing category; drop it first");
            }
            rows.putIfAbsent(rowValues[i], rows.size());
            columns.putIfAbsent(columnValues[i], columns.size());
        }
        long[][] counts = new long[rows.size()][columns.size()];
        for (int i = 0; i < rowValues.length; i++) {
            counts[rows.get(rowValues[i])][columns.get(columnValues[i])]++;
        }
        if (rows.size() < 2 || columns.size() < 2) {
            throw table("cross-tabulation needs at least two levels of each variable; " + rowVariable + " has "
                    + rows.size() + " and " + columnVariable + " has " + columns.size());
        }
        return new ContingencyTable(rowVariable, columnVariable, new ArrayList<>(rows.keySet()),
                new ArrayList<>(columns.keySet()), counts);
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }

    public int rows() {
        return counts.length;
    }

    public int columns() {
        return counts[0].length;
    }

    long count(int row, int column) {
        return counts[row][column];
    }

    private static List<String> labels(List<String> labels, int n, String kind) {
        if (labels == null) {
            List<String> generated = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                generated.add(kind + " " + i);
            }
            return List.copyOf(generated);
        }
        if (labels.size() != n) {
            throw table("the table has " + n + " " + kind + "s but " + labels.size() + " " + kind + " labels");
        }
        if (labels.stream().anyMatch(l -> l == null || l.isBlank()) || new HashSet<>(labels).size() != n) {
            throw table(kind + " labels must be present and unique; got " + labels);
        }
        return List.copyOf(labels);
    }

    private static KaiException table(String message) {
        return new KaiException(ErrorCode.INVALID_CONTINGENCY_TABLE, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContingencyTable t && t.rowVariable.equals(rowVariable)
                && t.columnVariable.equals(columnVariable) && t.rowLabels.equals(rowLabels)
                && t.columnLabels.equals(columnLabels) && Arrays.deepEquals(t.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts) * 31 + rowLabels.hashCode();
    }

    @Override
    public String toString() {
        return "ContingencyTable[" + rowVariable + " × " + columnVariable + ", " + Arrays.deepToString(counts) + "]";
    }
}
