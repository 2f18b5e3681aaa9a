package ai.kai.agent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.agent.tools.ToolBox;
import ai.kai.agent.tools.ToolContext;
import ai.kai.agent.tools.ToolOutcome;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.query.QueryResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The agent's loop, ours rather than langchain4j's AI services so that every limit is explicit: model turn, tool
 * calls, tool results back, until the model answers or a limit (turns, tokens, wall time, failed SQL) stops it.
 */
public final class AgentLoop {
    private final AgentModel model;
    private final ToolBox tools;
    private final Clock clock;

    public AgentLoop(AgentModel model, ToolBox tools, Clock clock) {
        this.model = model;
        this.tools = tools;
        this.clock = clock;
    }

    public AgentAnswer run(AnalysisRequest request, List<ChatMessage> history, ToolContext context, StepListener listener) {
        AgentLimits limits = context.limits();
        Instant deadline = clock.instant().plus(limits.maxWallTime());
        StepLog steps = new StepLog(listener, clock);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(AgentPrompt.system(context.data(), request)));
        messages.addAll(history);
        messages.add(UserMessage.from(request.prompt()));
        Findings findings = new Findings(request.prompt());
        long tokens = 0;
        int sqlFailures = 0;
        StopReason stop = null;
        String detail = null;
        String explanation = "";
        for (int turn = 1; turn <= limits.maxSteps() && stop == null; turn++) {
            if (!clock.instant().isBefore(deadline)) {
                stop = StopReason.TIME_LIMIT;
                break;
            }
            ChatResponse response;
            try {
                response = model.chat(ChatRequest.builder().messages(messages).toolSpecifications(tools.specifications())
                        .build(), partial -> { });
            } catch (KaiException e) {
                stop = StopReason.MODEL_ERROR;
                detail = e.getMessage();
                break;
            }
            if (response.tokenUsage() != null && response.tokenUsage().totalTokenCount() != null) {
                tokens += response.tokenUsage().totalTokenCount();
            }
            AiMessage ai = response.aiMessage();
            messages.add(ai);
            if (!ai.hasToolExecutionRequests()) {
                explanation = ai.text() == null ? "" : ai.text().strip();
                stop = StopReason.ANSWERED;
                break;
            }
            if (ai.text() != null && !ai.text().isBlank()) {
                steps.add(StepKind.THINKING, ai.text().strip(), null);
            }
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                ToolOutcome outcome = callTool(call, context, steps);
                messages.add(ToolExecutionResultMessage.from(call, outcome.forModel()));
                findings.add(outcome);
                if (outcome.sqlFailed()) {
                    sqlFailures++;
                }
            }
            if (sqlFailures > limits.maxSqlRepairs()) {
                stop = StopReason.SQL_REPAIR_LIMIT;
                detail = sqlFailures + " failed statements; at most " + limits.maxSqlRepairs() + " repairs are allowed";
            } else if (tokens >= limits.maxTokens()) {
                stop = StopReason.TOKEN_LIMIT;
                detail = tokens + " tokens used; the budget is " + limits.maxTokens();
            }
        }
        if (stop == null) {
            stop = StopReason.STEP_LIMIT;
            detail = limits.maxSteps() + " model turns without a final answer";
        }
        return answer(request, findings, explanation, stop, detail, tokens, steps);
    }

    private ToolOutcome callTool(ToolExecutionRequest call, ToolContext context, StepLog steps) {
        JsonNode args = parseQuietly(call.arguments());
        if ("run_sql".equals(call.name()) && args.path("sql").isTextual()) {
            steps.add(StepKind.SQL, args.path("sql").asText(), args);
        } else {
            steps.add(StepKind.TOOL_CALL, call.name(), args);
        }
        ToolOutcome outcome = tools.execute(call, context);
        if (outcome.failed()) {
            steps.add(StepKind.ERROR, outcome.summary(), null);
        } else if (outcome.result() != null) {
            steps.add(StepKind.RESULT, outcome.summary(), preview(outcome.result()));
        } else {
            steps.add(StepKind.RESULT, outcome.summary(), null);
        }
        return outcome;
    }

    private AgentAnswer answer(AnalysisRequest request, Findings findings, String explanation, StopReason stop,
                               String detail, long tokens, StepLog steps) {
        String text = stop == StopReason.ANSWERED ? explanation
                : "Stopped before a final answer: " + stop.description() + (detail == null ? "" : " (" + detail + ")") + ".";
        NumberCheck.Result checked = findings.numbers.check(text);
        steps.add(StepKind.ANSWER, checked.text(), null);
        return new AgentAnswer(request.prompt(), checked.text(), List.copyOf(findings.sql), findings.result,
                findings.chart, List.copyOf(findings.analyses), checked.unverified(), stop, detail, tokens, steps.all());
    }

    private static ObjectNode preview(QueryResult result) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.set("columns", Json.mapper().valueToTree(result.columns()));
        node.set("rows", Json.mapper().valueToTree(result.rows().subList(0, Math.min(10, result.rows().size()))));
        node.put("row_count", result.rowCount());
        return node;
    }

    private static JsonNode parseQuietly(String arguments) {
        try {
            JsonNode node = Json.mapper().readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
            return node == null ? Json.mapper().createObjectNode() : node;
        } catch (Exception e) {
            return Json.mapper().createObjectNode().put("unparsed", arguments);
        }
    }

    /** What the run computed so far, and every number it may cite. */
    private static final class Findings {
        final List<String> sql = new ArrayList<>();
        final List<JsonNode> analyses = new ArrayList<>();
        final NumberCheck numbers = new NumberCheck();
        QueryResult result;
        JsonNode chart;

        Findings(String question) {
            numbers.addValue(question);
        }

        void add(ToolOutcome outcome) {
            if (outcome.failed()) {
                return;
            }
            if (outcome.result() != null) {
                sql.add(outcome.sql());
                result = outcome.result();
                numbers.addValue(result.rowCount());
                result.rows().forEach(row -> row.forEach(numbers::addValue));
            }
            if (outcome.chart() != null) {
                chart = outcome.chart();
            }
            if (outcome.analysis() != null) {
                analyses.add(outcome.analysis());
                numbers.addJson(outcome.analysis());
            }
        }
    }
}
