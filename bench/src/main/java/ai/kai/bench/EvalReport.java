package ai.kai.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The Markdown of an evaluation: accuracy per model, per category, and what went wrong. */
final class EvalReport {
    private EvalReport() {
    }

    static String render(List<EvalRun.Summary> summaries, int questions, String args) {
        StringBuilder md = new StringBuilder();
        md.append("Command: `bench/eval.sh").append(args.isBlank() ? "" : " " + args).append("` — ").append(questions)
                .append(" questions over the `kai demo` sample (20,000 rows), each asked through `POST /api/v2/agent/runs` on a local stack.\n\n");
        Markdown summary = Markdown.table("model", "correct", "execution accuracy", "median s / question", "tokens / question");
        for (EvalRun.Summary s : summaries) {
            double[] seconds = s.outcomes().stream().mapToDouble(EvalRun.Outcome::seconds).sorted().toArray();
            double tokens = s.outcomes().stream().mapToLong(EvalRun.Outcome::tokens).average().orElse(0);
            summary.row(s.model(), s.correct() + " / " + s.outcomes().size(), percent(s.correct(), s.outcomes().size()),
                    String.format("%.2f", seconds.length == 0 ? 0 : seconds[seconds.length / 2]), String.format("%.0f", tokens));
        }
        md.append(summary.render()).append('\n');
        Set<String> categories = new LinkedHashSet<>();
        summaries.forEach(s -> s.outcomes().forEach(o -> categories.add(o.question().category())));
        List<String> header = new ArrayList<>(List.of("category", "questions"));
        summaries.forEach(s -> header.add(s.model()));
        Markdown perCategory = Markdown.table(header.toArray(String[]::new));
        for (String category : categories) {
            List<Object> row = new ArrayList<>();
            row.add(category);
            row.add(summaries.isEmpty() ? 0 : summaries.get(0).outcomes().stream().filter(o -> o.question().category().equals(category)).count());
            for (EvalRun.Summary s : summaries) {
                List<EvalRun.Outcome> in = s.outcomes().stream().filter(o -> o.question().category().equals(category)).toList();
                row.add(in.stream().filter(o -> o.verdict().correct()).count() + " / " + in.size());
            }
            perCategory.row(row.toArray());
        }
        md.append(perCategory.render()).append('\n');
        for (EvalRun.Summary s : summaries) {
            boolean mostlyWrong = s.correct() * 2 < s.outcomes().size();
            md.append("- ").append(s.model()).append(mostlyWrong ? " — accepted: " : " — wrong: ");
            List<String> listed = s.outcomes().stream().filter(o -> o.verdict().correct() == mostlyWrong)
                    .map(o -> o.question().id() + (mostlyWrong ? "" : " (" + o.verdict().reason() + ")")).toList();
            md.append(listed.isEmpty() ? "none" : String.join(", ", listed)).append('\n');
        }
        return md.toString();
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
    }
}
