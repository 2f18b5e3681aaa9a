package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.cli.Kai;
import ai.kai.cli.KaiCommand;
import picocli.CommandLine;

class LocalCommandsE2ETest {
    @Test
    void shouldRunTheLocalStackUntilStoppedAnnouncingExactlyWhereItIs(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = KaiCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread up = new Thread(() -> exit.set(commandLine.execute("local", "up", "--port", "0", "--in-memory",
                "--data-dir", dir.toString())));
        up.start();
        String ready = awaitLine(out, Duration.ofSeconds(60));

        Matcher m = Pattern.compile("KAI local stack ready at (http://127\\.0\\.0\\.1:\\d+)").matcher(ready);
        assertThat(m.matches()).as(ready).isTrue();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "/api/v2/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        Kai.Run list = Kai.run("file", "list", "--endpoint", m.group(1));
        assertThat(list.exitCode()).as(list.transcript()).isZero();

        up.interrupt();
        up.join(30_000);
        assertThat(up.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).isEqualTo(ready + "\n");
    }

    @Test
    void shouldMintATokenForTheTenantWithTheDataDirsKey(@TempDir Path dir) {
        Kai.Run run = Kai.run("local", "token", "--tenant", "acme", "--data-dir", dir.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        String[] parts = run.out().strip().split("\\.");
        assertThat(parts).hasSize(3);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"custom:tenant\":\"acme\"");
        assertThat(dir.resolve("jwt-signing.key")).exists();
    }

    @Test
    void shouldRefuseAMalformedTenantAsAUsageError(@TempDir Path dir) {
        Kai.Run run = Kai.run("local", "token", "--tenant", "../etc", "--data-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    private static String awaitLine(StringWriter out, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = out.toString();
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                return text.substring(0, newline);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line on stdout within " + timeout);
    }
}
