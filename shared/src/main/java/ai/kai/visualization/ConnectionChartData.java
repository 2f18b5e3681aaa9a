package ai.kai.visualization;

import java.util.List;
import java.util.Map;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.Table;
import ai.kai.chart.figure.SpecValidator;
import ai.kai.connect.ConnectionReader;
import ai.kai.connect.ResultRows;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.tenancy.TenantId;

/**
 * Rows of a query on a database connection, read through the connector (read-only guard, timeout, at most
 * {@link ChartDataRequest#MAX_INLINE_ROWS} rows) and then charted exactly like rows sent inline.
 */
public final class ConnectionChartData {
    private final ConnectionReader connections;

    public ConnectionChartData(ConnectionReader connections) {
        this.connections = connections;
    }

    Table table(TenantId tenant, ChartDataRequest data) {
        List<Map<String, Object>> rows = ResultRows.maps(
                connections.read(tenant, data.connection(), data.sql(), ChartDataRequest.MAX_INLINE_ROWS));
        if (rows.isEmpty()) {
            throw new KaiException(ErrorCode.NO_DATA_ROWS, "the query on connection '" + data.connection()
                    + "' returned no rows, so there is nothing to chart");
        }
        return InlineChartData.table(rows);
    }

    PreparedData prepare(TenantId tenant, ChartSpec spec, ChartDataRequest data) {
        Table table = table(tenant, data);
        SpecValidator.validate(spec, table);
        return new PreparedData(spec, table, ChartSource.connection(data.connection(), data.sql(), table.rowCount()),
                false, null);
    }
}
