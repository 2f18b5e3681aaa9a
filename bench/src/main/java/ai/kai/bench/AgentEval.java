package ai.kai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.agent.LlmSettings;
import ai.kai.local.agent.ScriptedOpenAi;

/**
 * Scores the analysis agent by execution accuracy on the evaluation set ({@code eval/questions.yaml}): starts a
 * local stack, uploads the {@code kai demo} sample through the API, asks every question through the full agent
 * path ({@code POST /api/v2/agent/runs}, the background worker, polling {@code GET /api/v2/analysis/{id}}) and
 * compares the answer's result table with the expected one ({@link EvalScorer}).
 * <p>
 * {@code --model env}: whatever {@code KAI_LLM_*} configures (a real model). {@code --model scripted}: a scripted
 * OpenAI-wire server answers each question with its reference SQL through a {@code run_sql} tool call, so it
 * measures the pipeline (any loss is a pipeline bug). {@code --model weak}: the same server always runs
 * {@code SELECT * FROM data LIMIT 10}, which shows that the scorer discriminates. Default: {@code scripted,weak}.
 * Options: {@code --only q01,q02}, {@code --out FILE} (Markdown; default bench/target/agent-eval.md).
 */
public final class AgentEval {
    static final String WEAK_SQL = "SELECT * FROM data LIMIT 10";

    private AgentEval() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<String> modes = List.of(options.getOrDefault("model", "scripted,weak").split(","));
        if (modes.contains("env") && modes.size() > 1) {
            throw new IllegalArgumentException("--model env runs alone (the functions read KAI_LLM_* once per JVM)");
        }
        Set<String> only = options.containsKey("only") ? Set.of(options.get("only").split(",")) : Set.of();
        List<EvalQuestion> questions = EvalSet.questions().stream().filter(q -> only.isEmpty() || only.contains(q.id())).toList();
        Path work = Files.createTempDirectory("kai-agent-eval");
        ScriptedOpenAi scripted = null;
        List<EvalRun.Summary> summaries = new ArrayList<>();
        try {
            String modelLabel;
            if (modes.contains("env")) {
                LlmSettings settings = LlmSettings.fromEnvironment().orElseThrow(() -> new IllegalStateException(
                        "--model env needs KAI_LLM_PROVIDER, KAI_LLM_MODEL (and KAI_LLM_API_KEY for hosted models)"));
                modelLabel = settings.provider().id() + " " + settings.model();
            } else {
                scripted = new ScriptedOpenAi();
                scripted.configureFunctions("sk-eval-scripted");
                modelLabel = null;
            }
            Path csv = EvalSample.write(work);
            try (BenchStack stack = BenchStack.start(work)) {
                String fileId = stack.uploadPresigned("sales.csv", csv).fileId();
                for (String mode : modes) {
                    EvalRun run = new EvalRun(stack.api(), fileId, mode.equals("env") ? null : scripted,
                            mode.equals("weak") ? q -> WEAK_SQL : EvalQuestion::sql);
                    String label = switch (mode) {
                        case "env" -> modelLabel;
                        case "scripted" -> "scripted baseline (reference SQL via run_sql)";
                        case "weak" -> "weak scripted baseline (" + WEAK_SQL + ")";
                        default -> throw new IllegalArgumentException("unknown --model " + mode + " (env|scripted|weak)");
                    };
                    summaries.add(run.score(label, questions));
                }
            }
        } finally {
            if (scripted != null) {
                scripted.close();
                ScriptedOpenAi.clearFunctionSettings();
            }
            BenchStack.deleteTree(work);
        }
        String markdown = EvalReport.render(summaries, questions.size(), String.join(" ", args));
        Path out = Path.of(options.getOrDefault("out", "bench/target/agent-eval.md"));
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, markdown);
        System.out.println(markdown);
        System.exit(0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: AgentEval [--model env|scripted,weak] [--only q01,q02] [--out FILE]; got "
                        + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** The answer's result table, or null when the run ended without one. */
    static EvalTable resultOf(JsonNode answer) {
        JsonNode result = answer.path("result");
        return result.isObject() ? EvalTable.of(result) : null;
    }
}
