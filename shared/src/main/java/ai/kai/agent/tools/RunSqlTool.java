package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.KaiException;
import ai.kai.query.QueryResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/**
 * {@code run_sql}: one read-only statement on the run's data source, through the same guard and sandbox as
 * {@code POST /files/{id}/query}. Refusals and SQL errors go back to the model to repair (a bounded number of times).
 */
public final class RunSqlTool implements AgentTool {
    /** Rows kept for the answer; the model sees fewer ({@code AgentLimits.rowsToModel}). */
    public static final int RESULT_ROWS = 1000;
    private final ToolSpecification spec;

    public RunSqlTool(String dialect) {
        this.spec = ToolSpecification.builder().name("run_sql")
                .description("Run ONE read-only SQL query (" + dialect + " dialect) on the data source and get the "
                        + "result rows. Only SELECT/WITH/SUMMARIZE/DESCRIBE; writes, COPY, ATTACH and file functions "
                        + "are refused. Aggregate in SQL rather than fetching raw rows.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("sql", "The SQL statement")
                        .addStringProperty("purpose", "One short sentence: what this query finds out")
                        .required("sql").additionalProperties(false).build()).build();
    }

    @Override
    public ToolSpecification specification() {
        return spec;
    }

    @Override
    public ToolOutcome run(JsonNode arguments, ToolContext context) {
        String sql = Arguments.requiredText(arguments, "sql");
        QueryResult result;
        try {
            result = context.data().query(sql, RESULT_ROWS);
        } catch (KaiException e) {
            if (!e.isClientError()) {
                throw e;
            }
            return ToolOutcome.sqlFailure(sql, e.code() + ": " + e.getMessage());
        }
        context.recordResult(result);
        return ToolOutcome.sql(sql, result,
                ToolResults.table(result, context.limits().rowsToModel(), context.limits().bytesToModel()));
    }
}
