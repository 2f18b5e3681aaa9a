package ai.kai.prep;

import static ai.kai.prep.Table.ident;
import static ai.kai.prep.Table.literal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** {@code convert_type}: every value tried, the ones that do not convert counted and sampled with their rows. */
final class TypeConversion {
    private TypeConversion() {
    }

    static OperationReport apply(Connection c, CleaningOperation.ConvertType t, Table in, String out) throws SQLException {
        String id = ident(t.column());
        String converted = expression(t, id);
        String failed = " FROM " + in.name() + " WHERE " + id + " IS NOT NULL AND (" + converted + ") IS NULL";
        long failures = Table.scalarLong(c, "SELECT count(*)" + failed);
        List<OperationReport.FailedValue> sample = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + Table.ROW + ", CAST(" + id
                + " AS VARCHAR)" + failed + " ORDER BY " + Table.ROW + " LIMIT " + OperationSql.SAMPLE)) {
            while (rs.next()) {
                sample.add(new OperationReport.FailedValue(rs.getLong(1), rs.getString(2)));
            }
        }
        if (failures > 0 && t.failOnError()) {
            throw new KaiException(ErrorCode.CONVERSION_FAILED, failures + " value(s) of '" + t.column() + "' are not a valid "
                    + t.to().name().toLowerCase() + " (e.g. row " + sample.get(0).row() + ": \"" + sample.get(0).value()
                    + "\"); nothing was changed");
        }
        long after = OperationSql.create(c, out, "SELECT * REPLACE ((" + converted + ") AS " + id + ") FROM " + in.name());
        long converted_ = Table.scalarLong(c, "SELECT count(" + id + ") FROM " + out);
        String summary = converted_ + " value(s) of '" + t.column() + "' converted to " + t.to().name().toLowerCase()
                + (failures > 0 ? "; " + failures + " could not be converted and are now missing" : "");
        return new OperationReport(t.op(), in.rows(), after, converted_, List.of(), failures, sample, summary);
    }

    private static String expression(CleaningOperation.ConvertType t, String id) {
        String text = "trim(CAST(" + id + " AS VARCHAR))";
        return switch (t.to()) {
            case NUMBER -> "TRY_CAST(" + text + " AS DOUBLE)";
            case INTEGER -> "TRY_CAST(" + text + " AS BIGINT)";
            case DATE -> t.format() != null ? "CAST(TRY_STRPTIME(" + text + ", " + literal(t.format()) + ") AS DATE)"
                    : "TRY_CAST(" + text + " AS DATE)";
            case TIMESTAMP -> t.format() != null ? "TRY_STRPTIME(" + text + ", " + literal(t.format()) + ")"
                    : "TRY_CAST(" + text + " AS TIMESTAMP)";
            case BOOLEAN -> "CASE lower(" + text + ") WHEN 'true' THEN true WHEN 't' THEN true WHEN 'yes' THEN true"
                    + " WHEN 'y' THEN true WHEN '1' THEN true WHEN 'false' THEN false WHEN 'f' THEN false WHEN 'no' THEN false"
                    + " WHEN 'n' THEN false WHEN '0' THEN false END";
            case TEXT -> "CAST(" + id + " AS VARCHAR)";
        };
    }
}
