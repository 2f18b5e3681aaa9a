package ai.kai.bench;

import java.util.List;
import java.util.Locale;

/** The cold-start section of BENCHMARKS.md: how it was measured, one row per function, and what priming changes. */
final class ColdStartReport {
    /** All rows of one benchmark run, the functions with no event defined yet, and the fresh JVMs per function. */
    record Result(List<ColdStartRow> rows, List<String> skipped, int runs) {
    }

    private ColdStartReport() {
    }

    static String markdown(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d fresh JVMs per function (and as many with priming, below), medians (wall: min–max). JVM flags: `%s`. "
                + "Classpath: the function's artifact, + the full `duckdb_jdbc` jar where the function gets the DuckDB "
                + "layer (amd64 here; the layer carries only linux-arm64), + `aws-lambda-java-serialization` (the "
                + "runtime's own) + `ColdStartMain` alone. Each process starts with an empty temp dir and dataset cache, "
                + "like a new execution environment. Phases: JVM start → `main` (spawn to the first line of "
                + "`main`); init = loading the handler class and its no-arg constructor (Lambda's init phase); "
                + "serializers = Lambda's event serializers for the handler's types; first invoke = deserialize the "
                + "event, `handleRequest`, serialize the response; process CPU = user + system time of all the JVM's "
                + "threads (JIT, GC included) until the response, which is what a fractional Lambda vCPU has to "
                + "supply.%n%n",
                r.runs(), String.join(" ", ColdStartChild.JVM_FLAGS)));
        Markdown t = Markdown.table("function", "handler", "artifact", "MB", "event", "JVM start → main", "init (class load + ctor)",
                "serializers", "first invoke", "**total: spawn → response**", "min–max", "vs 1 s aim", "process CPU",
                "classes loaded");
        for (ColdStartRow row : r.rows()) {
            t.row(row.function(), row.handler(), row.artifact(), row.memoryMb() == 0 ? "—" : row.memoryMb(), row.event(),
                    Stats.ms(row.boot().median()), Stats.ms(row.init().median()), Stats.ms(row.serde().median()),
                    Stats.ms(row.invoke().median()), "**" + Stats.ms(row.wall().median()) + "**",
                    Stats.ms(row.wall().min()) + "–" + Stats.ms(row.wall().max()),
                    (row.wall().median() <= 1000 ? "✅ " : "❌ ") + Stats.ratio(row.wall().median(), 1000),
                    Stats.ms(row.cpu().median()), String.format(Locale.ROOT, "%,d", row.classes()));
        }
        sb.append(t.render());
        sb.append("\nThe same functions when priming ran first in the same JVM, as `Priming` does before a SnapStart "
                + "snapshot (DuckDB's warm-up where the function has the layer, then the handler on its priming event: "
                + "the same route without a token, or an empty S3 event). Restoring a snapshot has its own cost, not "
                + "measured here; what the table shows is the first real request after priming:\n\n");
        Markdown primed = Markdown.table("function", "event", "priming", "first invoke, unprimed",
                "**first invoke after priming**", "what priming saved");
        for (ColdStartRow row : r.rows()) {
            if (row.primed() == null) {
                continue;
            }
            double before = row.invoke().median();
            double after = row.primed().firstInvoke().median();
            primed.row(row.function(), row.event(), Stats.ms(row.primed().priming().median()), Stats.ms(before),
                    "**" + Stats.ms(after) + "**", String.format(Locale.ROOT, "%.0f %%", 100 * (before - after) / before));
        }
        sb.append(primed.render());
        if (!r.skipped().isEmpty()) {
            sb.append("\nNot measured (no event defined here yet): ").append(String.join(", ", r.skipped())).append(".\n");
        }
        return sb.toString();
    }
}
