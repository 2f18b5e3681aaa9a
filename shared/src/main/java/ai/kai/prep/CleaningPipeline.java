package ai.kai.prep;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Runs the steps in order over temp tables {@code step0 … stepN}; the caller stores the last one. */
final class CleaningPipeline {
    private CleaningPipeline() {
    }

    record Outcome(Table result, List<OperationReport> reports) {
    }

    static Outcome run(Connection c, String source, List<CleaningOperation> operations) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE step0 AS SELECT row_number() OVER () AS " + Table.ROW + ", * FROM " + source);
        }
        Table current = Table.of(c, "step0");
        List<OperationReport> reports = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            CleaningOperation op = operations.get(i);
            requireColumns(op, current, i + 1);
            reports.add(OperationSql.apply(c, op, current, "step" + (i + 1)));
            current = Table.of(c, "step" + (i + 1));
        }
        if (current.rows() == 0) {
            throw new KaiException(ErrorCode.CLEANING_EMPTIED_TABLE,
                    "the operations would leave no rows; nothing was created");
        }
        return new Outcome(current, reports);
    }

    private static void requireColumns(CleaningOperation op, Table table, int position) {
        for (String column : op.columns()) {
            if (!table.columns().containsKey(column)) {
                throw new KaiException(ErrorCode.COLUMN_NOT_FOUND, "operation " + position + " (" + op.op() + ") names column '"
                        + column + "', which does not exist at that step; columns: " + table.columns().keySet());
            }
        }
    }
}
