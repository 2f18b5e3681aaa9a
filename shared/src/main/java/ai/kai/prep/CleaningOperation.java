package ai.kai.prep;

import java.util.List;

/**
 * One step of a cleaning run. A closed set: every step turns the previous step's table into the next one with
 * SQL over DuckDB ({@link OperationSql}) and reports what it changed.
 */
public sealed interface CleaningOperation {

    /** The name used in requests and reports, e.g. {@code fill_missing}. */
    String op();

    /** Columns the step names (validated against the table before anything runs); empty means "all". */
    List<String> columns();

    /** Drop rows with a missing value in any (or all) of the columns. */
    record DropMissingRows(List<String> columns, boolean all) implements CleaningOperation {
        public String op() {
            return "drop_missing_rows";
        }
    }

    /** Drop the named columns. */
    record DropColumns(List<String> columns) implements CleaningOperation {
        public String op() {
            return "drop_columns";
        }
    }

    /** Drop columns whose share of missing values is above the threshold (0–1). */
    record DropSparseColumns(double threshold) implements CleaningOperation {
        public String op() {
            return "drop_sparse_columns";
        }

        public List<String> columns() {
            return List.of();
        }
    }

    /** Fill missing values by a strategy; {@code value} only for {@link FillStrategy#CONSTANT}. */
    record FillMissing(List<String> columns, FillStrategy strategy, String value) implements CleaningOperation {
        public String op() {
            return "fill_missing";
        }
    }

    /** Convert a column to another type; values that do not convert become null (and are reported) or fail the run. */
    record ConvertType(String column, TargetType to, String format, boolean failOnError) implements CleaningOperation {
        public String op() {
            return "convert_type";
        }

        public List<String> columns() {
            return List.of(column);
        }
    }

    /** Keep one row per key (all columns when none are given), the first or the last in file order. */
    record Deduplicate(List<String> columns, boolean keepLast) implements CleaningOperation {
        public String op() {
            return "deduplicate";
        }
    }

    /** Remove leading and trailing whitespace from text columns. */
    record TrimWhitespace(List<String> columns) implements CleaningOperation {
        public String op() {
            return "trim_whitespace";
        }
    }

    /** Rename one column. */
    record RenameColumn(String from, String to) implements CleaningOperation {
        public String op() {
            return "rename_column";
        }

        public List<String> columns() {
            return List.of(from);
        }
    }

    enum FillStrategy { MEAN, MEDIAN, MODE, CONSTANT, FORWARD_FILL, BACKWARD_FILL }

    enum TargetType { NUMBER, INTEGER, DATE, TIMESTAMP, BOOLEAN, TEXT }
}
