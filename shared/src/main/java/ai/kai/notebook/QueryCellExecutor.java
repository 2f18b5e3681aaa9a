package ai.kai.notebook;

import ai.kai.query.NamedParameters;
import ai.kai.query.QueryEngine;
import ai.kai.query.QueryRequest;
import ai.kai.query.QueryResult;

/** A query cell: its SQL over the notebook's file in the query sandbox, parameters bound as values. */
final class QueryCellExecutor implements CellExecutor {
    static final int ROW_LIMIT = 10_000;
    private final QueryEngine engine;

    QueryCellExecutor(QueryEngine engine) {
        this.engine = engine;
    }

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        NamedParameters.Bound bound = NamedParameters.bind(cell.sql(), context.parameters());
        QueryResult r = engine.query(context.database(), new QueryRequest(bound.sql(), ROW_LIMIT), bound.values());
        return new CellOutput.Rows(r.columns(), r.types(), r.rows(), r.truncated());
    }
}
