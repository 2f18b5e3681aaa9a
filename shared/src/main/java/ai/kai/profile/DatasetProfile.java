package ai.kai.profile;

import java.util.List;

/**
 * The profile of one table: its shape, one {@link ColumnProfile} per column in table order, Pearson
 * correlations between numeric columns, the alerts raised, and how each figure was computed.
 *
 * @param rowCount            rows in the table
 * @param columnCount         columns in the table
 * @param duplicateRows       rows that repeat an earlier row (rows minus distinct rows)
 * @param duplicateRowPercent duplicate rows as a percentage of all rows
 * @param storageBytes        bytes of the database file holding the table (used blocks × block size), null
 *                            when the database lives in memory
 * @param elapsedMs           wall time the profile took
 */
public record DatasetProfile(
        String table,
        long rowCount,
        int columnCount,
        long duplicateRows,
        double duplicateRowPercent,
        Long storageBytes,
        List<ColumnProfile> columns,
        List<Correlation> correlations,
        List<Alert> alerts,
        ProfileMethods methods,
        long elapsedMs) {

    public DatasetProfile {
        columns = List.copyOf(columns);
        correlations = List.copyOf(correlations);
        alerts = List.copyOf(alerts);
    }

    /** The profile of the named column, or null. */
    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
