package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.Kai;

class DemoCommandE2ETest {
    @Test
    void shouldRunTheWholeStoryAndStopEverythingItStarted(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("kept/sales.csv");

        Kai.Run run = Kai.run("demo", "--rows", "4000", "--sample-out", sample.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("KAI local stack ready at http://127.0.0.1:", "sales.csv", "ready", "4,000",
                "Revenue by region", "Monthly revenue trend", "(24 rows, ", "Top 10 products by revenue", "(10 rows, ",
                "Year-over-year growth by region", "growth_pct", "(8 rows, ", "Done");
        assertThat(run.err()).contains("ingested sales.csv");
        assertThat(Files.readAllLines(sample)).hasSize(4_001);
        assertThat(run.out()).contains("5. A notebook report", "✓ monthly  Revenue by month  success", "9/9 cells succeeded");
        Matcher reports = Pattern.compile("wrote (\\S+sales-review-\\S+\\.(html|pdf))").matcher(run.out());
        List<Path> written = new java.util.ArrayList<>();
        while (reports.find()) {
            written.add(Path.of(reports.group(1)));
        }
        assertThat(written).hasSize(2).allSatisfy(p -> assertThat(p).exists().hasParent(sample.getParent().toAbsolutePath()));
        assertThat(Files.readString(written.get(0))).contains("Revenue by month");
        assertThat(Files.readAllBytes(written.get(1))).startsWith("%PDF-".getBytes());
        Matcher endpoint = Pattern.compile("ready at http://127\\.0\\.0\\.1:(\\d+)").matcher(run.out());
        assertThat(endpoint.find()).isTrue();
        int port = Integer.parseInt(endpoint.group(1));
        assertThat(portIsOpen(port)).as("the demo's gateway is stopped").isFalse();
    }

    private static boolean portIsOpen(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
