package ai.kai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Computes the expected table of every evaluation question from its reference SQL on the generated sample and
 * writes them as {@code eval/expected/<id>.csv} under the given resources directory:
 * {@code EvalExpected bench/src/main/resources}.
 */
public final class EvalExpected {
    private EvalExpected() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "bench/src/main/resources");
        Path dir = Files.createTempDirectory("kai-eval");
        try (EvalSample sample = EvalSample.open(EvalSample.write(dir))) {
            for (EvalQuestion q : EvalSet.questions()) {
                EvalTable table = sample.run(q.sql());
                if (!q.ordered()) {
                    table = new EvalTable(table.columns(), table.rows().stream()
                            .sorted(java.util.Comparator.comparing(List::toString)).toList());
                }
                EvalSet.writeExpected(resources, q, table);
                System.err.printf("%s: %d rows%n", q.id(), table.rows().size());
            }
        } finally {
            BenchStack.deleteTree(dir);
        }
    }
}
