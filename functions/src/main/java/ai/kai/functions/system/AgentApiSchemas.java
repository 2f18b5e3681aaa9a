package ai.kai.functions.system;

import static ai.kai.functions.system.SchemaParts.BOOLEAN;
import static ai.kai.functions.system.SchemaParts.DATE_TIME;
import static ai.kai.functions.system.SchemaParts.ERROR;
import static ai.kai.functions.system.SchemaParts.INTEGER;
import static ai.kai.functions.system.SchemaParts.OBJECT;
import static ai.kai.functions.system.SchemaParts.STRING;
import static ai.kai.functions.system.SchemaParts.STRINGS;
import static ai.kai.functions.system.SchemaParts.arrayOf;
import static ai.kai.functions.system.SchemaParts.jsonBody;
import static ai.kai.functions.system.SchemaParts.object;
import static ai.kai.functions.system.SchemaParts.oneOfValues;
import static ai.kai.functions.system.SchemaParts.props;
import static ai.kai.functions.system.SchemaParts.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.kai.agent.AgentTask;
import ai.kai.agent.AnalysisRequest;
import ai.kai.agent.StepKind;
import ai.kai.agent.StopReason;

/**
 * Request bodies and response {@code data} of the agent routes: the question as {@code AgentRequests} reads it (and
 * the data source of a background run, as {@code AgentSource} checks it); answers as {@code AgentAnswer} and
 * {@code AgentTask} write them.
 */
final class AgentApiSchemas {
    private static final Map<String, Object> PROMPT = Map.of("type", "string", "maxLength", AnalysisRequest.MAX_PROMPT_CHARS,
            "example", "Show monthly revenue trend");
    /** Either {@code prompt} or {@code question} carries the question. */
    private static final List<Object> A_QUESTION = List.of(Map.of("required", List.of("prompt")),
            Map.of("required", List.of("question")));
    private static final Map<String, Object> OUTPUT_FORMAT = Map.of("type", "string", "enum", List.of("json", "chart"),
            "default", "json");
    private static final Map<String, Object> CHART_TYPE = text("the chart wanted (implies output_format=chart)");
    private static final Map<String, Object> STEP = object(props("index", INTEGER,
            "kind", oneOfValues(Arrays.stream(StepKind.values()).map(Enum::name).toList()),
            "text", STRING, "detail", Map.of("description", "tool arguments or a small table"), "at", DATE_TIME));
    private static final Map<String, Object> ANSWER = object(props(
            "question", STRING,
            "explanation", text("numbers no result contains are listed in unverified_numbers and marked in the text"),
            "sql", Map.of("type", "array", "items", STRING, "description", "the SQL that ran; the last is behind result"),
            "result", object(props("columns", STRINGS, "types", STRINGS,
                    "rows", arrayOf(Map.of("type", "array", "items", Map.of())), "row_count", INTEGER,
                    "execution_time_ms", INTEGER, "truncated", BOOLEAN, "metadata", OBJECT)),
            "chart", Map.of("type", "object", "nullable", true, "description", "a Plotly figure, when one was drawn"),
            "analyses", arrayOf(OBJECT), "unverified_numbers", STRINGS,
            "stop_reason", oneOfValues(Arrays.stream(StopReason.values()).map(Enum::name).toList()),
            "stop_detail", STRING, "tokens_used", INTEGER, "steps", arrayOf(STEP)));
    private static final Map<String, Object> TASK = object(props(
            "task_id", STRING,
            "status", oneOfValues(List.of(AgentTask.QUEUED, AgentTask.RUNNING, AgentTask.SUCCEEDED, AgentTask.STOPPED,
                    AgentTask.FAILED)),
            "question", STRING, "file_id", STRING, "connection", STRING, "session_id", STRING,
            "wants_chart", BOOLEAN, "chart_type", STRING, "steps", arrayOf(STEP),
            "answer", Map.of("allOf", List.of(ANSWER), "nullable", true, "description", "once succeeded or stopped"),
            "error", ERROR, "created_at", DATE_TIME, "updated_at", DATE_TIME));

    private AgentApiSchemas() {
    }

    /** The body of an agent function, or null for others. */
    static Map<String, Object> requestBody(String function) {
        return switch (function) {
            case "kai-files-analyze" -> jsonBody(true, Map.of("type", "object", "anyOf", A_QUESTION, "properties", props(
                    "prompt", PROMPT, "question", text("the same as prompt"),
                    "output_format", OUTPUT_FORMAT, "chart_type", CHART_TYPE,
                    "session_id", text("a session this question follows up"))));
            case "kai-agent-runs-create" -> jsonBody(true, Map.of("type", "object",
                    "allOf", List.of(Map.of("anyOf", A_QUESTION), Map.of("oneOf", List.of(
                            Map.of("required", List.of("file_id")), Map.of("required", List.of("connection")),
                            Map.of("required", List.of("db"))))),
                    "description", "the question, and either file_id or connection (not both)",
                    "properties", props(
                            "question", PROMPT, "prompt", text("the same as question"),
                            "file_id", text("a file the question is about"),
                            "connection", text("a connection alias the question is about"),
                            "db", text("the same as connection"),
                            "session_id", text("a session this question follows up"),
                            "output_format", OUTPUT_FORMAT, "chart_type", CHART_TYPE)));
            default -> null;
        };
    }

    /** The schema of {@code data} in an agent function's success answer, or null for others. */
    static Map<String, Object> responseData(String function) {
        return switch (function) {
            case "kai-files-analyze" -> ANSWER;
            case "kai-agent-runs-create" -> object(props("task_id", STRING, "session_id", STRING,
                    "status", oneOfValues(List.of(AgentTask.QUEUED)),
                    "poll", Map.of("type", "string", "example", "/api/v2/analysis/t_123", "description", "where to poll")));
            case "kai-analysis-get" -> TASK;
            default -> null;
        };
    }

    /** The success statuses of an agent function other than 200, or null. */
    static List<String> successStatuses(String function) {
        return function.equals("kai-agent-runs-create") ? List.of("202") : null;
    }
}
