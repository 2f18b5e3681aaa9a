package ai.kai.knowledge.mdl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import ai.kai.connect.ConnectionManager;
import ai.kai.connect.QueryLimits;
import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorKind;
import ai.kai.error.KaiException;
import ai.kai.files.ColumnSchema;
import ai.kai.tenancy.TenantId;

/** A connection's tables probed through the connection's read-only guard, in the source's own dialect. */
public final class ConnectionMdlData implements MdlData {
    private static final String TABLE = "[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}";
    private static final QueryLimits PROBE = QueryLimits.of(2, Duration.ofSeconds(20));
    private final ConnectionManager connections;
    private final TenantId tenant;
    private final String alias;

    public ConnectionMdlData(ConnectionManager connections, TenantId tenant, String alias) {
        this.connections = connections;
        this.tenant = tenant;
        this.alias = alias;
    }

    @Override
    public Optional<List<ColumnSchema>> columns(String table) {
        try {
            List<ColumnSchema> columns = connections.columns(tenant, alias, table).stream()
                    .map(c -> new ColumnSchema(c.name(), c.type())).toList();
            return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
        } catch (KaiException e) {
            if (e.code().kind() == ErrorKind.NOT_FOUND && e.code() != ErrorCode.CONNECTION_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public int probe(String table, String expression) {
        if (!table.matches(TABLE)) {
            throw new KaiException(ErrorCode.INVALID_MDL, "table '" + table + "' must be a plain [schema.]table name");
        }
        return connections.query(tenant, alias, "SELECT (" + expression + ") AS value FROM " + table, PROBE).rows().size();
    }
}
