package ai.kai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ai.kai.config.KaiConfig;

/**
 * Spawns one fresh JVM running {@link ColdStartMain}, with an empty temp directory (a new execution environment's
 * /tmp) and the settings Lambda would pass as environment variables, and reads what it reports.
 */
final class ColdStartChild {
    static final List<String> JVM_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "-XX:+TieredCompilation",
            "-XX:TieredStopAtLevel=1");

    private final Path workDir;
    private final KaiConfig config;

    ColdStartChild(Path workDir, KaiConfig config) {
        this.workDir = workDir;
        this.config = config;
    }

    /** A child that only loads DuckDB and runs {@code SELECT 42} ({@code ColdStartMain --duckdb-warmup}). */
    ColdStartRun duckDbOnly(String runName, String label, String classpath, List<String> jvmFlags) throws Exception {
        return spawn(runName, null, null, Map.of(), label, classpath, jvmFlags, false);
    }

    /**
     * A child that invokes {@code handler} on the input's event, after its priming event when it has one (and
     * DuckDB's warm-up first when {@code primeDuckDb}); fails when the response is not what the input expects.
     */
    ColdStartRun handler(String runName, String handler, ColdStartInput input, Map<String, String> extraEnv,
                         String label, String classpath, boolean primeDuckDb) throws Exception {
        return spawn(runName, handler, input, extraEnv, label, classpath, List.of(), primeDuckDb);
    }

    private ColdStartRun spawn(String runName, String handler, ColdStartInput input, Map<String, String> extraEnv,
                               String label, String classpath, List<String> jvmFlags, boolean primeDuckDb)
            throws Exception {
        Path dir = workDir.resolve("run-" + runName);
        Path tmp = dir.resolve("tmp");
        Files.createDirectories(tmp);
        try {
            List<String> command = command(dir, tmp, handler, input, classpath, jvmFlags, primeDuckDb);
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("stderr.log").toFile());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("LANG", "C.UTF-8");
            env.put("HOME", dir.toString());
            env.put("TMPDIR", tmp.toString());
            env.putAll(functionSettings(tmp));
            env.putAll(extraEnv);

            long spawned = System.nanoTime();
            Process process = pb.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                ColdStartOutput output = ColdStartOutput.read(out, spawned);
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(label + ": the child did not exit");
                }
                if (!output.complete() || process.exitValue() != 0) {
                    throw new IllegalStateException(label + ": no response (exit " + process.exitValue() + "): "
                            + tail(dir.resolve("stderr.log")));
                }
                if (input != null && !input.ok().test(output.response())) {
                    throw new IllegalStateException(label + ": unexpected response " + output.response());
                }
                return output.toRun(spawned);
            }
        } finally {
            BenchStack.deleteTree(dir);
        }
    }

    /** {@code handler == null} runs the DuckDB-only mode; the event files are written into {@code dir}. */
    private static List<String> command(Path dir, Path tmp, String handler, ColdStartInput input, String classpath,
                                        List<String> jvmFlags, boolean primeDuckDb) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraJvmFlags());
        command.addAll(jvmFlags);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-cp");
        command.add(classpath);
        command.add(ColdStartMain.class.getName());
        if (handler == null) {
            command.add("--duckdb-warmup");
            return command;
        }
        Path event = dir.resolve("event.json");
        Files.writeString(event, input.eventJson());
        command.add(handler);
        command.add(event.toString());
        if (input.primingEventJson() != null) {
            Path priming = dir.resolve("priming-event.json");
            Files.writeString(priming, input.primingEventJson());
            command.add(priming.toString());
            if (primeDuckDb) {
                command.add("duckdb");
            }
        }
        return command;
    }

    /** {@code -Dkai.bench.coldJvmFlags="-Xlog:class+load:file=/tmp/cl-%p.log"}: extra flags for experiments. */
    private static List<String> extraJvmFlags() {
        String flags = System.getProperty("kai.bench.coldJvmFlags", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    /** What Lambda's environment carries for our functions (CDK sets the KAI_* ones). */
    private Map<String, String> functionSettings(Path tmp) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", config.region());
        env.put("AWS_ACCESS_KEY_ID", System.getProperty("aws.accessKeyId"));
        env.put("AWS_SECRET_ACCESS_KEY", System.getProperty("aws.secretAccessKey"));
        env.put("KAI_BUCKET", config.bucket());
        env.put("KAI_TABLE", config.table());
        env.put("KAI_S3_ENDPOINT", config.s3Endpoint().orElseThrow());
        env.put("KAI_DYNAMODB_ENDPOINT", config.dynamoDbEndpoint().orElseThrow());
        env.put("KAI_CACHE_DIR", tmp.resolve("kai-cache").toString());
        return env;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
