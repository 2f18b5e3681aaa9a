package ai.kai.knowledge.mdl;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import ai.kai.files.ColumnSchema;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryRequest;

/** A file's dataset (its one table {@code data}) probed through the file query sandbox: read-only, guarded, timed. */
public final class FileMdlData implements MdlData {
    private final QueryEngine engine;
    private final Path database;
    private final List<ColumnSchema> columns;

    public FileMdlData(QueryEngine engine, Path database, List<ColumnSchema> columns) {
        this.engine = engine;
        this.database = database;
        this.columns = List.copyOf(columns);
    }

    @Override
    public Optional<List<ColumnSchema>> columns(String table) {
        return "data".equalsIgnoreCase(table) ? Optional.of(columns) : Optional.empty();
    }

    @Override
    public int probe(String table, String expression) {
        return engine.query(database, new QueryRequest("SELECT (" + expression + ") AS value FROM data", 2)).rows().size();
    }
}
