package ai.kai.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Profiles a DuckDB table with a handful of queries, each doing as much as one scan can:
 * <ol>
 *   <li>{@link ScalarPass}: one aggregate over all columns (counts, min/max, moments, quantiles, lengths);</li>
 *   <li>{@link ValueCountPass}: per column, a GROUP BY over that column alone for exact distinct counts, top
 *       values, text checks and date granularity; on tables above {@link ProfileOptions#exactDistinctMaxRows()}
 *       the columns with many distinct values go to {@link SketchPass} (HyperLogLog) instead;</li>
 *   <li>{@link DistributionPass}: one aggregate for histograms, outlier counts and correlations.</li>
 * </ol>
 * The connection and the table are trusted (the table is ours); the profiler only reads. It sets nothing, so it
 * also runs inside a locked query sandbox.
 */
public final class ProfileService {

    public DatasetProfile profile(Connection connection, String table, ProfileOptions options) {
        long started = System.nanoTime();
        String from = Sql.ident(table);
        try {
            List<ColumnFacts> facts = describe(connection, from, table).stream().map(ColumnFacts::new).toList();
            long rows = count(connection, from);
            boolean exactDistinct = rows <= options.exactDistinctMaxRows();
            boolean exactDuplicates = rows <= options.exactDuplicatesMaxRows();

            ScalarPass scalars = new ScalarPass(facts, !exactDistinct, !exactDuplicates);
            scalars.run(connection, from);
            long duplicates = rows - (exactDuplicates ? distinctRows(connection, from) : scalars.distinctRowHashes());

            countValues(connection, from, options, facts, exactDistinct);
            facts.forEach(c -> c.semanticType = SemanticTypes.infer(c));

            List<ColumnFacts> correlated = correlationColumns(facts);
            List<ColumnFacts> measured = correlated.subList(0, Math.min(correlated.size(),
                    options.maxCorrelationColumns()));
            DistributionPass distribution = new DistributionPass(connection, from, options.histogramBins());
            for (ColumnFacts c : facts) {
                if (c.type().numeric() || c.type().pointInTime() || c.dateText()) {
                    distribution.histogram(c);
                }
                if (c.type().numeric() && c.semanticType == SemanticType.NUMERIC) {
                    distribution.outliers(c);
                }
            }
            distribution.correlations(measured);
            List<Correlation> correlations = distribution.run();

            List<ColumnProfile> columns = new ArrayList<>();
            for (ColumnFacts c : facts) {
                columns.add(c.toProfile(rows));
            }
            List<Alert> alerts = AlertRules.evaluate(rows, duplicates, columns, correlations);
            ProfileMethods methods = Methods.describe(options, exactDistinct, exactDuplicates, correlated, measured);
            return new DatasetProfile(table, rows, columns.size(), duplicates, Percent.of(duplicates, rows),
                    storageBytes(connection), columns, correlations, alerts, methods,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.PROFILE_FAILED, "the table could not be profiled: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Exact value counts where affordable, a HyperLogLog sketch elsewhere; then dates stored as text. */
    private static void countValues(Connection connection, String from, ProfileOptions options,
                                    List<ColumnFacts> facts, boolean exactDistinct) throws SQLException {
        ValueCountPass counts = new ValueCountPass(connection, from, options.topK());
        List<ColumnFacts> sketched = new ArrayList<>();
        for (ColumnFacts c : facts) {
            boolean affordable = exactDistinct || c.type().pointInTime()
                    || c.roughDistinct <= options.valueCountsMaxDistinct();
            if (affordable) {
                counts.run(c);
            } else {
                sketched.add(c);
            }
        }
        SketchPass.run(connection, from, sketched);
        for (ColumnFacts c : facts) {
            if (c.dateText()) {
                counts.runDateText(c);
            } else if (c.type() == PhysicalType.TIME && c.count > 0) {
                c.temporal = ValueCountPass.temporal(c, null);
            }
        }
    }

    /** Numeric columns that vary, in table order. */
    private static List<ColumnFacts> correlationColumns(List<ColumnFacts> facts) {
        return facts.stream()
                .filter(c -> c.semanticType == SemanticType.NUMERIC && c.std != null && c.std > 0)
                .toList();
    }

    private static List<TableColumn> describe(Connection connection, String from, String table) {
        List<TableColumn> columns = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE " + from + ")")) {
            while (rs.next()) {
                columns.add(TableColumn.of(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.TABLE_NOT_FOUND, "no table named '" + table + "' to profile", e);
        }
        return columns;
    }

    private static long count(Connection connection, String from) throws SQLException {
        return single(connection, "SELECT count(*) FROM " + from);
    }

    private static long distinctRows(Connection connection, String from) throws SQLException {
        return single(connection, "SELECT count(*) FROM (SELECT DISTINCT * FROM " + from + ")");
    }

    /** Used blocks × block size of the current database; null in memory or when DuckDB will not say. */
    private static Long storageBytes(Connection connection) {
        try {
            long bytes = single(connection, "SELECT block_size * used_blocks FROM pragma_database_size()"
                    + " WHERE database_name = current_database()");
            return bytes > 0 ? bytes : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl > 0 ? message.substring(0, nl) : message;
    }
}
