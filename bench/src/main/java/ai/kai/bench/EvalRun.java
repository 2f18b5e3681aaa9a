package ai.kai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.local.agent.ScriptedOpenAi;

/**
 * Asks each question once through the API's background agent path and scores the answer. With a scripted server,
 * the model's turns are a {@code run_sql} call with the SQL chosen for the question, then a short final answer.
 */
final class EvalRun {
    private static final long TIMEOUT_MS = 600_000;
    private final Api api;
    private final String fileId;
    private final ScriptedOpenAi scripted;
    private final Function<EvalQuestion, String> scriptedSql;

    record Outcome(EvalQuestion question, EvalScorer.Verdict verdict, String status, String stopReason, double seconds,
                   long tokens) {
    }

    record Summary(String model, List<Outcome> outcomes) {
        long correct() {
            return outcomes.stream().filter(o -> o.verdict().correct()).count();
        }
    }

    EvalRun(Api api, String fileId, ScriptedOpenAi scripted, Function<EvalQuestion, String> scriptedSql) {
        this.api = api;
        this.fileId = fileId;
        this.scripted = scripted;
        this.scriptedSql = scriptedSql;
    }

    Summary score(String model, List<EvalQuestion> questions) throws InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Outcome o = ask(q);
            System.err.printf("%s %s %s %s%n", model, q.id(), o.verdict().correct() ? "ok" : "WRONG", o.verdict().reason());
            outcomes.add(o);
        }
        return new Summary(model, outcomes);
    }

    private Outcome ask(EvalQuestion q) throws InterruptedException {
        if (scripted != null) {
            scripted.reset();
            scripted.sql(scriptedSql.apply(q)).answer("The result table answers the question.");
        }
        long t0 = System.nanoTime();
        String taskId = api.postJson("/api/v2/agent/runs", Map.of("question", q.question(), "file_id", fileId))
                .expect(202).data().path("task_id").asText();
        JsonNode task = poll(taskId);
        double seconds = Stats.millisSince(t0) / 1000;
        JsonNode answer = task.path("answer");
        EvalTable expected = EvalSet.expected(q);
        EvalScorer.Verdict verdict = task.path("status").asText().equals("succeeded")
                ? EvalScorer.score(expected, AgentEval.resultOf(answer), q.ordered())
                : new EvalScorer.Verdict(false, "task " + task.path("status").asText() + ": " + task.path("error"));
        return new Outcome(q, verdict, task.path("status").asText(), answer.path("stop_reason").asText(""), seconds,
                answer.path("tokens_used").asLong(0));
    }

    private JsonNode poll(String taskId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Api.Response r = api.get("/api/v2/analysis/" + taskId).expect(200);
            if (r.body().path("metadata").path("finished").asBoolean()) {
                return r.data();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("task " + taskId + " did not finish in " + TIMEOUT_MS / 1000 + " s");
    }
}
