package ai.kai.prep;

import static ai.kai.prep.Table.ident;
import static ai.kai.prep.Table.literal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.prep.CleaningOperation.FillStrategy;

/** Each cleaning step as SQL from one table to the next, with its report. Row order is kept through {@code __kai_row}. */
final class OperationSql {
    static final int SAMPLE = 10;

    private OperationSql() {
    }

    static OperationReport apply(Connection c, CleaningOperation op, Table in, String out) throws SQLException {
        return switch (op) {
            case CleaningOperation.DropMissingRows d -> dropMissingRows(c, d, in, out);
            case CleaningOperation.DropColumns d -> dropColumns(c, d.columns(), in, out, d.op());
            case CleaningOperation.DropSparseColumns d -> dropColumns(c, sparse(c, in, d.threshold()), in, out, d.op());
            case CleaningOperation.FillMissing f -> fillMissing(c, f, in, out);
            case CleaningOperation.ConvertType t -> TypeConversion.apply(c, t, in, out);
            case CleaningOperation.Deduplicate d -> deduplicate(c, d, in, out);
            case CleaningOperation.TrimWhitespace t -> trim(c, t, in, out);
            case CleaningOperation.RenameColumn r -> rename(c, r, in, out);
        };
    }

    private static OperationReport dropMissingRows(Connection c, CleaningOperation.DropMissingRows d, Table in, String out)
            throws SQLException {
        List<String> cols = d.columns().isEmpty() ? new ArrayList<>(in.columns().keySet()) : d.columns();
        String missing = cols.stream().map(col -> ident(col) + " IS NULL").collect(Collectors.joining(d.all() ? " AND " : " OR "));
        long after = create(c, out, "SELECT * FROM " + in.name() + " WHERE NOT (" + missing + ")");
        return report(d.op(), in, after, 0, List.of(), (in.rows() - after) + " row(s) with a missing value in "
                + (d.all() ? "all of " : "any of ") + (d.columns().isEmpty() ? "the columns" : cols) + " dropped");
    }

    private static OperationReport dropColumns(Connection c, List<String> cols, Table in, String out, String op)
            throws SQLException {
        if (cols.size() >= in.columns().size()) {
            throw new KaiException(ErrorCode.CLEANING_EMPTIED_TABLE, op + " would remove every column");
        }
        String sql = cols.isEmpty() ? "SELECT * FROM " + in.name()
                : "SELECT * EXCLUDE (" + cols.stream().map(Table::ident).collect(Collectors.joining(", ")) + ") FROM " + in.name();
        long after = create(c, out, sql);
        return report(op, in, after, 0, cols, cols.isEmpty() ? "no column dropped" : "dropped " + cols);
    }

    private static List<String> sparse(Connection c, Table in, double threshold) throws SQLException {
        List<String> names = new ArrayList<>(in.columns().keySet());
        if (in.rows() == 0) {
            return List.of();
        }
        String sql = "SELECT " + names.stream().map(n -> "count(*) - count(" + ident(n) + ")").collect(Collectors.joining(", "))
                + " FROM " + in.name();
        List<String> sparse = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            for (int i = 0; i < names.size(); i++) {
                if ((double) rs.getLong(i + 1) / in.rows() > threshold) {
                    sparse.add(names.get(i));
                }
            }
        }
        return sparse;
    }

    private static OperationReport fillMissing(Connection c, CleaningOperation.FillMissing f, Table in, String out)
            throws SQLException {
        boolean numericOnly = f.strategy() == FillStrategy.MEAN || f.strategy() == FillStrategy.MEDIAN;
        List<String> cols = f.columns().isEmpty()
                ? in.columns().keySet().stream().filter(col -> !numericOnly || in.isNumeric(col)).toList() : f.columns();
        List<String> replacements = new ArrayList<>();
        for (String col : cols) {
            if (numericOnly && !in.isNumeric(col)) {
                throw new KaiException(ErrorCode.INVALID_CLEANING_OPERATION, "fill_missing with " + f.strategy().name().toLowerCase()
                        + " needs numeric columns; '" + col + "' is " + in.columns().get(col));
            }
            replacements.add(fillExpression(c, f, in, col) + " AS " + ident(col));
        }
        long nullsBefore = nulls(c, in.name(), cols);
        long after = create(c, out, cols.isEmpty() ? "SELECT * FROM " + in.name()
                : "SELECT * REPLACE (" + String.join(", ", replacements) + ") FROM " + in.name());
        long filled = nullsBefore - nulls(c, out, cols);
        return report(f.op(), in, after, filled, List.of(), filled + " missing value(s) filled by "
                + f.strategy().name().toLowerCase().replace('_', ' ') + " in " + cols);
    }

    private static String fillExpression(Connection c, CleaningOperation.FillMissing f, Table in, String col)
            throws SQLException {
        String id = ident(col);
        String type = in.columns().get(col);
        String from = " FROM " + in.name() + ")";
        String window = " OVER (ORDER BY " + Table.ROW;
        return switch (f.strategy()) {
            case MEAN -> "coalesce(" + id + ", CAST((SELECT avg(" + id + ")" + from + " AS " + type + "))";
            case MEDIAN -> "coalesce(" + id + ", CAST((SELECT median(" + id + ")" + from + " AS " + type + "))";
            case MODE -> "coalesce(" + id + ", (SELECT mode(" + id + ")" + from + ")";
            case FORWARD_FILL -> "coalesce(" + id + ", last_value(" + id + " IGNORE NULLS)" + window
                    + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))";
            case BACKWARD_FILL -> "coalesce(" + id + ", first_value(" + id + " IGNORE NULLS)" + window
                    + " ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING))";
            case CONSTANT -> {
                if (Table.scalarLong(c, "SELECT (TRY_CAST(" + literal(f.value()) + " AS " + type + ") IS NULL)::INT") == 1) {
                    throw new KaiException(ErrorCode.CONVERSION_FAILED, "the fill value '" + f.value()
                            + "' is not a valid " + type + " for column '" + col + "'");
                }
                yield "coalesce(" + id + ", CAST(" + literal(f.value()) + " AS " + type + "))";
            }
        };
    }

    private static OperationReport deduplicate(Connection c, CleaningOperation.Deduplicate d, Table in, String out)
            throws SQLException {
        List<String> keys = d.columns().isEmpty() ? new ArrayList<>(in.columns().keySet()) : d.columns();
        long after = create(c, out, "SELECT * FROM " + in.name() + " QUALIFY row_number() OVER (PARTITION BY "
                + keys.stream().map(Table::ident).collect(Collectors.joining(", ")) + " ORDER BY " + Table.ROW
                + (d.keepLast() ? " DESC" : "") + ") = 1");
        return report(d.op(), in, after, 0, List.of(), (in.rows() - after) + " duplicate row(s) removed (key: "
                + (d.columns().isEmpty() ? "all columns" : keys) + ", kept the " + (d.keepLast() ? "last" : "first") + ")");
    }

    private static OperationReport trim(Connection c, CleaningOperation.TrimWhitespace t, Table in, String out)
            throws SQLException {
        List<String> cols = t.columns().isEmpty() ? in.columns().keySet().stream().filter(in::isText).toList() : t.columns();
        long changed = 0;
        for (String col : cols) {
            if (!in.isText(col)) {
                throw new KaiException(ErrorCode.INVALID_CLEANING_OPERATION, "trim_whitespace works on text columns; '" + col
                        + "' is " + in.columns().get(col));
            }
            changed += Table.scalarLong(c, "SELECT count(*) FROM " + in.name() + " WHERE " + ident(col) + " <> trim(" + ident(col) + ")");
        }
        String replace = cols.stream().map(col -> "trim(" + ident(col) + ") AS " + ident(col)).collect(Collectors.joining(", "));
        long after = create(c, out, cols.isEmpty() ? "SELECT * FROM " + in.name() : "SELECT * REPLACE (" + replace + ") FROM " + in.name());
        return report(t.op(), in, after, changed, List.of(), changed + " value(s) trimmed in " + cols);
    }

    private static OperationReport rename(Connection c, CleaningOperation.RenameColumn r, Table in, String out)
            throws SQLException {
        if (in.columns().containsKey(r.to())) {
            throw new KaiException(ErrorCode.INVALID_CLEANING_OPERATION, "a column named '" + r.to() + "' already exists");
        }
        String list = String.join(", ", new ArrayList<>(in.columns().keySet()).stream()
                .map(col -> ident(col) + (col.equals(r.from()) ? " AS " + ident(r.to()) : "")).toList());
        long after = create(c, out, "SELECT " + Table.ROW + ", " + list + " FROM " + in.name());
        return report(r.op(), in, after, 0, List.of(), "renamed '" + r.from() + "' to '" + r.to() + "'");
    }

    static long create(Connection c, String out, String select) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + out + " AS " + select);
        }
        return Table.scalarLong(c, "SELECT count(*) FROM " + out);
    }

    private static long nulls(Connection c, String table, List<String> cols) throws SQLException {
        if (cols.isEmpty()) {
            return 0;
        }
        return Table.scalarLong(c, "SELECT " + cols.stream().map(col -> "count(*) - count(" + ident(col) + ")")
                .collect(Collectors.joining(" + ")) + " FROM " + table);
    }

    static OperationReport report(String op, Table in, long after, long changed, List<String> dropped, String summary) {
        return new OperationReport(op, in.rows(), after, changed, dropped, 0, List.of(), summary);
    }
}
