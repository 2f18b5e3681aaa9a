package ai.kai.visualization;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.kai.chart.ChartQuery;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.Column;
import ai.kai.chart.Table;
import ai.kai.chart.figure.SpecValidator;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileRecord;
import ai.kai.files.FileService;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryEngine;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Chart rows from a stored file, prepared where the data lives: {@link ChartQuery} aggregates (or samples) in the
 * file's DuckDB database through the sandboxed {@link QueryEngine}, so a million rows never enter the JVM. A user
 * query ({@code sql}) passes the same guard as {@code POST /files/{id}/query} and becomes the relation charted.
 * Before that, the spec is checked against the relation's columns and first row, so a wrong name or a text column
 * where numbers are needed is a 400 that lists the columns there are, not a SQL error.
 */
public final class FileChartData {
    /** Most rows a chart reads back from DuckDB (after aggregation; raw rows are sampled to {@code DEFAULT_MAX_ROWS}). */
    static final int MAX_ROWS = ChartQuery.DEFAULT_MAX_ROWS;
    private final FileService files;
    private final BlobStore blobs;
    private final DatabaseCache cache;
    private final QueryEngine engine;

    public FileChartData(FileService files, BlobStore blobs, DatabaseCache cache, QueryEngine engine) {
        this.files = files;
        this.blobs = blobs;
        this.cache = cache;
        this.engine = engine;
    }

    /** A file, or a query over it, opened for charting. */
    private record Relation(Path database, String sql, long rows, String fileId, String userSql) {
        String describe() {
            return userSql == null ? "file " + fileId : "the query over file " + fileId;
        }
    }

    PreparedData prepare(TenantId tenant, ChartSpec spec, String fileId, String sql) {
        Relation relation = open(tenant, fileId, sql);
        SpecValidator.validate(spec, probe(relation));
        ChartQuery plan = ChartQuery.plan(spec, relation.sql(), relation.rows(), ChartQuery.DEFAULT_MAX_ROWS);
        Table table = engine.read(relation.database(), plan.sql(), rs -> Table.fromResultSet(rs, MAX_ROWS));
        String note = plan.sampled() ? String.format(Locale.ROOT, "random sample of %,d of %,d rows",
                table.rowCount(), relation.rows()) : null;
        return new PreparedData(plan.spec(), table, ChartSource.file(fileId, sql, relation.rows()), plan.sampled(), note);
    }

    /** A reproducible sample of up to {@code rows} rows (what the recommender looks at). */
    Table sample(TenantId tenant, String fileId, String sql, int rows) {
        Relation relation = open(tenant, fileId, sql);
        String sample = relation.rows() > rows
                ? "SELECT * FROM " + relation.sql() + " USING SAMPLE reservoir(" + rows + " ROWS) REPEATABLE (42)"
                : "SELECT * FROM " + relation.sql();
        return engine.read(relation.database(), sample, rs -> Table.fromResultSet(rs, rows));
    }

    private Relation open(TenantId tenant, String fileId, String sql) {
        FileRecord record = files.requireReady(tenant, fileId);
        Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
        if (sql == null) {
            long rows = record.rowCount() == null ? count(database, "data") : record.rowCount();
            return new Relation(database, "data", rows, fileId, null);
        }
        String guarded = engine.guard(database, sql);
        String relation = "(\n" + guarded + "\n) AS q";
        return new Relation(database, relation, count(database, relation), fileId, sql);
    }

    private long count(Path database, String relation) {
        return engine.read(database, "SELECT count(*) FROM " + relation, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * The relation's columns with their types and one row of values (missing ones filled with a value of the
     * column's type), enough for the spec checks; no rows at all is CHART_EMPTY_DATA.
     */
    private Table probe(Relation relation) {
        Table first = engine.read(relation.database(), "SELECT * FROM " + relation.sql() + " LIMIT 1",
                (ResultSet rs) -> Table.fromResultSet(rs, 1));
        if (first.rowCount() == 0) {
            throw new KaiException(ErrorCode.CHART_EMPTY_DATA, relation.describe()
                    + " has no rows; a chart needs at least one row (check the query's filters)");
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : first.columns()) {
            Object value = c.isNull(0) ? placeholder(c) : c.value(0);
            columns.add(new Column(c.name(), c.type(), new Object[] {value}));
        }
        return new Table(columns);
    }

    private static Object placeholder(Column c) {
        return switch (c.type()) {
            case NUMBER -> 0.0;
            case TEMPORAL -> "1970-01-01";
            case BOOLEAN -> Boolean.FALSE;
            case TEXT -> "";
        };
    }
}
