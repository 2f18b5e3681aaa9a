package ai.kai.agent;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.query.QueryResult;

/**
 * What a run hands back: the explanation (numbers it cites that no result contains are listed in
 * {@code unverifiedNumbers} and marked in the text), the SQL that ran successfully (last = the one behind
 * {@code result}), the result table, the chart figure if one was drawn, analyses (statistics, forecasts,
 * anomalies) and why the run stopped, with its token use and steps.
 */
public record AgentAnswer(
        String question,
        String explanation,
        List<String> sql,
        QueryResult result,
        JsonNode chart,
        List<JsonNode> analyses,
        List<String> unverifiedNumbers,
        StopReason stopReason,
        String stopDetail,
        long tokensUsed,
        List<AgentStep> steps) {
}
