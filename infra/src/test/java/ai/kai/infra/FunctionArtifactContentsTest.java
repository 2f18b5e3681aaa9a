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

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.infra.load.HandlerLoader;

/**
 * Every handler initialises from the jar it is deployed in: the shaded artifacts are whitelists, so a class a
 * handler needs but its artifact leaves out would only show up as a NoClassDefFoundError in Lambda.
 */
class FunctionArtifactContentsTest {
    static final Path ARTIFACTS = Path.of("..", "functions", "target").toAbsolutePath().normalize();

    @Test
    void shouldInitialiseEveryHandlerFromItsOwnArtifact() throws Exception {
        Map<Artifact, List<FunctionSpec>> byArtifact = FunctionCatalog.all().stream()
                .collect(Collectors.groupingBy(FunctionSpec::artifact));
        Path duckdb = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path loader = Path.of(HandlerLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Map.Entry<Artifact, List<FunctionSpec>> entry : byArtifact.entrySet()) {
            Path jar = ARTIFACTS.resolve(entry.getKey().jarName("0.1.0-SNAPSHOT"));
            assertThat(jar).as("build the functions first (mvn verify builds them before infra)").exists();
            String output = run(String.join(java.io.File.pathSeparator, loader.toString(), jar.toString(), duckdb.toString()),
                    entry.getValue().stream().map(f -> f.handlerClass().getName()).toList());
            for (FunctionSpec spec : entry.getValue()) {
                assertThat(output).as(spec.name() + " in " + jar.getFileName()).contains("OK " + spec.handlerClass().getName());
            }
        }
    }

    private static String run(String classpath, List<String> handlers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath, HandlerLoader.class.getName()));
        command.addAll(handlers);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path scratch = Files.createTempDirectory("kai-load");
        // connection functions need a secrets key at init (a key file here; KMS in AWS, see docs/deploy.md)
        pb.environment().putAll(Map.of("KAI_BUCKET", "kai-test", "KAI_TABLE", "kai-test", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "KAI_CACHE_DIR", scratch.toString(), "KAI_SECRETS_KEY_FILE", scratch.resolve("secrets.key").toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
