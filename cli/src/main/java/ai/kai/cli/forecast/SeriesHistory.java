package ai.kai.cli.forecast;

import java.util.ArrayList;
import java.util.List;

import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.query.ColumnNames;
import ai.kai.query.QueryResult;

/**
 * The observed series a chart draws behind a forecast or the anomalies, read with the file query endpoint: x (the
 * dates, or the row index without a date column) and the values, in table order or by date.
 */
record SeriesHistory(List<String> x, List<Double> values, boolean truncated) {
    static final int MAX_POINTS = 100_000;

    static SeriesHistory load(ApiClient api, String fileId, String dateColumn, String valueColumn, boolean byDate) {
        String value = ColumnNames.quote(valueColumn);
        String sql = dateColumn == null ? "SELECT " + value + " FROM data"
                : "SELECT CAST(" + ColumnNames.quote(dateColumn) + " AS VARCHAR), " + value + " FROM data"
                + (byDate ? " ORDER BY 1" : "");
        ApiResponse response = api.query(fileId, sql, MAX_POINTS);
        if (!response.success()) {
            throw new CliException(ExitCodes.FAILURE, "cannot read the series for the chart: " + response.failure().getMessage());
        }
        QueryResult result = response.data(QueryResult.class);
        List<String> x = new ArrayList<>(result.rows().size());
        List<Double> values = new ArrayList<>(result.rows().size());
        for (int i = 0; i < result.rows().size(); i++) {
            List<Object> row = result.rows().get(i);
            x.add(dateColumn == null ? Integer.toString(i) : row.get(0) == null ? null : row.get(0).toString());
            values.add(number(row.get(dateColumn == null ? 0 : 1)));
        }
        return new SeriesHistory(x, values, result.truncated());
    }

    private static Double number(Object cell) {
        if (cell instanceof Number n) {
            return n.doubleValue();
        }
        if (cell == null) {
            return null;
        }
        try {
            return Double.valueOf(cell.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
