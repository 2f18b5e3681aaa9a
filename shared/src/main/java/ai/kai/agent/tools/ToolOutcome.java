package ai.kai.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.query.QueryResult;

/**
 * What a tool call produced: the text the model gets back, a line for the steps, and the artefacts the answer may
 * carry (a SQL statement and its result, a chart figure, an analysis). {@code failed} outcomes are fed back to the
 * model as errors; {@code sqlFailed} ones count against the run's SQL repairs.
 */
public record ToolOutcome(String forModel, String summary, boolean failed, boolean sqlFailed, String sql,
                          QueryResult result, JsonNode chart, JsonNode analysis) {

    public static ToolOutcome data(String summary, String forModel) {
        return new ToolOutcome(forModel, summary, false, false, null, null, null, null);
    }

    public static ToolOutcome failure(String message) {
        return new ToolOutcome(ToolResults.error(message), message, true, false, null, null, null, null);
    }

    public static ToolOutcome sqlFailure(String sql, String message) {
        return new ToolOutcome(ToolResults.error(message + ". Fix the SQL and call run_sql again."), message, true, true,
                sql, null, null, null);
    }

    public static ToolOutcome sql(String sql, QueryResult result, String forModel) {
        return new ToolOutcome(forModel, result.rowCount() + " row(s)" + (result.truncated() ? " (cut)" : ""), false, false,
                sql, result, null, null);
    }

    public static ToolOutcome chart(String summary, JsonNode figure, String forModel) {
        return new ToolOutcome(forModel, summary, false, false, null, null, figure, null);
    }

    public static ToolOutcome analysis(String summary, JsonNode analysis, String forModel) {
        return new ToolOutcome(forModel, summary, false, false, null, null, null, analysis);
    }
}
