package ai.kai.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * {@link ConnectionReader} over the {@link ConnectionManager}: the statement goes through the connector's stream
 * (its read-only guard, the source's read-only mode, the statement timeout, batched fetching) with a row limit one
 * past what the caller accepts, so a longer result is recognised and refused with the limit in the message.
 */
public final class ConnectionRows implements ConnectionReader {
    static final int BATCH_ROWS = 5_000;
    private final Supplier<ConnectionManager> manager;
    private final Duration timeout;

    /** The manager is asked for on first use, so a function that never reads a connection never builds one. */
    public ConnectionRows(Supplier<ConnectionManager> manager, Duration timeout) {
        this.manager = manager;
        this.timeout = timeout;
    }

    @Override
    public QueryResult read(TenantId tenant, String alias, String sql, int maxRows) {
        Collected collected = new Collected();
        StreamSummary summary = manager.get().stream(tenant, alias, sql, QueryLimits.of(maxRows, timeout), BATCH_ROWS,
                collected::accept);
        if (summary.truncated() || collected.rows.size() > maxRows) {
            throw new KaiException(ErrorCode.TOO_MANY_ROWS, "the query on connection '" + alias + "' returns more than "
                    + String.format("%,d", maxRows) + " rows, the most an analysis reads from a connection: "
                    + "aggregate or filter in the SQL (GROUP BY, WHERE, LIMIT)");
        }
        return new QueryResult(collected.columns, collected.types, collected.rows, collected.rows.size(),
                summary.executionTimeMs(), false, Map.of("connection", alias));
    }

    /** The batches of one stream, appended in order. */
    private static final class Collected {
        private List<String> columns = List.of();
        private List<String> types = List.of();
        private final List<List<Object>> rows = new ArrayList<>();

        boolean accept(QueryResult batch) {
            if (columns.isEmpty()) {
                columns = batch.columns();
                types = batch.types();
            }
            rows.addAll(batch.rows());
            return true;
        }
    }
}
