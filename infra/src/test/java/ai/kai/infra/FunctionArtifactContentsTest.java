package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.kai.functions.catalog.Access;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.infra.load.HandlerLoader;

/**
 * Every handler initialises from the jar it is deployed in: the shaded artifacts are whitelists, so a class a
 * handler needs but its artifact leaves out would only show up as a NoClassDefFoundError in Lambda. Each runs with
 * the secrets configuration it is deployed with: a KMS key id (unreachable here, so init must not call KMS) for
 * the functions that seal or open credentials, nothing for the others, and never a local key file.
 */
class FunctionArtifactContentsTest {
    static final Path ARTIFACTS = Path.of("..", "functions", "target").toAbsolutePath().normalize();

    @Test
    void shouldInitialiseEveryHandlerFromItsOwnArtifact() throws Exception {
        Map<Deployed, List<FunctionSpec>> byArtifact = FunctionCatalog.all().stream()
                .collect(Collectors.groupingBy(f -> new Deployed(f.artifact(), Access.usesSecrets(f.access()),
                        f.access().contains(Access.SCHEDULES))));
        Path duckdb = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path loader = Path.of(HandlerLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Map.Entry<Deployed, List<FunctionSpec>> entry : byArtifact.entrySet()) {
            Path jar = ARTIFACTS.resolve(entry.getKey().artifact().jarName("0.1.0-SNAPSHOT"));
            assertThat(jar).as("build the functions first (mvn verify builds them before infra)").exists();
            String output = run(String.join(java.io.File.pathSeparator, loader.toString(), jar.toString(), duckdb.toString()),
                    entry.getKey(), entry.getValue().stream().map(f -> f.handlerClass().getName()).toList());
            for (FunctionSpec spec : entry.getValue()) {
                assertThat(output).as(spec.name() + " in " + jar.getFileName()).contains("OK " + spec.handlerClass().getName());
            }
        }
    }

    /** The jar a function ships in, and whether it is deployed with the secrets key and the scheduler settings. */
    private record Deployed(Artifact artifact, boolean secrets, boolean schedules) {
    }

    private static String run(String classpath, Deployed deployed, List<String> handlers)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath, HandlerLoader.class.getName()));
        command.addAll(handlers);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path scratch = Files.createTempDirectory("kai-load");
        pb.environment().putAll(Map.of("KAI_BUCKET", "kai-test", "KAI_TABLE", "kai-test", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "KAI_CACHE_DIR", scratch.toString()));
        pb.environment().remove("KAI_SECRETS_KEY_FILE");
        if (deployed.schedules()) {
            // as ApiStack wires a schedule manager; the endpoint accepts no connection, so init must not call it
            pb.environment().putAll(Map.of(
                    "KAI_SCHEDULE_GROUP", "kai-notebooks-runner-schedules",
                    "KAI_SCHEDULER_TARGET_ARN", "arn:aws:lambda:us-east-1:000000000000:function:kai-notebooks-runner:live",
                    "KAI_SCHEDULER_ROLE_ARN", "arn:aws:iam::000000000000:role/kai-scheduler",
                    "KAI_SCHEDULER_DLQ_ARN", "arn:aws:sqs:us-east-1:000000000000:kai-schedules-dlq",
                    "KAI_SCHEDULER_ENDPOINT", "http://127.0.0.1:9"));
        }
        if (deployed.secrets()) {
            // as deployed; the endpoint accepts no connection, so a KMS call at init would fail the handler
            pb.environment().put("KAI_KMS_KEY_ID", "arn:aws:kms:us-east-1:000000000000:key/00000000-0000-0000-0000-000000000000");
            pb.environment().put("KAI_KMS_ENDPOINT", "http://127.0.0.1:9");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
