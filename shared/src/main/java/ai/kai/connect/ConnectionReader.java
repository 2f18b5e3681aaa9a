package ai.kai.connect;

import ai.kai.query.QueryResult;
import ai.kai.tenancy.TenantId;

/**
 * Reads the whole result of one read-only statement on a tenant's connection, for an analysis or a chart that then
 * treats the rows like rows sent inline. A result longer than {@code maxRows} is refused, never cut short.
 */
@FunctionalInterface
public interface ConnectionReader {
    QueryResult read(TenantId tenant, String alias, String sql, int maxRows);
}
