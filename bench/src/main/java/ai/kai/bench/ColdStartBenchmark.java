package ai.kai.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ai.kai.config.KaiConfig;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Fresh-JVM init-to-first-response of every catalog function: for each, N {@link ColdStartChild} processes on the
 * function's artifact, each with a real event ({@link ColdStartEvents}) against the running local stack, without
 * and with priming; then DuckDB's load alone, with and without its native library pre-extracted.
 */
final class ColdStartBenchmark {
    private final BenchStack stack;
    private final Path workDir;
    private final ColdStartClasspath classpaths;
    private final ColdStartChild child;
    private final ColdStartEvents events;

    private ColdStartBenchmark(BenchStack stack, Path workDir, ColdStartClasspath classpaths, ColdStartEvents events) {
        this.stack = stack;
        this.workDir = workDir;
        this.classpaths = classpaths;
        this.child = new ColdStartChild(workDir, stack.config());
        this.events = events;
    }

    static ColdStartReport.Result run(BenchStack stack, Path repo, Path workDir, String bigFileId, int runs)
            throws Exception {
        Files.createDirectories(workDir);
        Path small = workDir.resolve("small.csv");
        SalesCsv.write(small, 1000);
        String smallCsv = Files.readString(small);
        String smallId = stack.uploadInline("cold-small.csv", smallCsv);
        KaiConfig config = stack.config();
        try (S3Client s3 = S3Client.builder().region(Region.of(config.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        System.getProperty("aws.accessKeyId"), System.getProperty("aws.secretAccessKey"))))
                .endpointOverride(URI.create(config.s3Endpoint().orElseThrow())).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.createBucket(b -> b.bucket(ColdStartEvents.SIDE_BUCKET));
            return new ColdStartBenchmark(stack, workDir, new ColdStartClasspath(repo),
                    new ColdStartEvents(stack, s3, smallCsv)).runAll(runs, smallId, bigFileId);
        }
    }

    private ColdStartReport.Result runAll(int runs, String smallFileId, String bigFileId) throws Exception {
        String duckDbClasspath = classpaths.of(Artifact.FILES, true);
        // One unmeasured process first, so every measured run finds the jars in the page cache alike.
        child.duckDbOnly("warm-up", "ColdStartMain --duckdb-warmup", duckDbClasspath, List.of());
        List<ColdStartRow> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Optional<ColdStartInput.Factory> inputs = events.forFunction(spec.name(), smallFileId);
            if (inputs.isEmpty()) {
                skipped.add(spec.name());
                continue;
            }
            rows.add(measure(spec, ColdStartEvents.describe(spec.name(), false), inputs.get(), runs));
            if (spec.name().equals("kai-files-query")) {
                rows.add(measure(spec, ColdStartEvents.describe(spec.name(), true),
                        events.forFunction(spec.name(), bigFileId).orElseThrow(), runs));
            }
        }
        rows.add(measureDuckDbLoad(runs, duckDbClasspath, List.of(), "`files` + layer",
                "load the native library (unpacked from the jar into /tmp), `SELECT 42`"));
        Path nativeDir = workDir.resolve("native");
        String preExtracted = classpaths.withPreExtractedDriver(nativeDir);
        List<String> libraryPath = List.of("-Djava.library.path=" + nativeDir);
        child.duckDbOnly("warm-up-native", "pre-extracted warm-up", preExtracted, libraryPath);
        rows.add(measureDuckDbLoad(runs, preExtracted, libraryPath,
                "`files` + driver without natives", "the same, the library already on `java.library.path` (a layer "
                        + "could ship it unpacked in `lib/`)"));
        return new ColdStartReport.Result(rows, skipped, runs);
    }

    /** Runs without and with priming alternate, each with its own freshly prepared event. */
    private ColdStartRow measure(FunctionSpec spec, String eventLabel, ColdStartInput.Factory inputs, int runs)
            throws Exception {
        String classpath = classpaths.of(spec.artifact(), spec.usesDuckDb());
        List<ColdStartRun> samples = new ArrayList<>();
        List<ColdStartRun> primed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            samples.add(runOnce(spec, inputs.prepare(2 * r), "-" + r, classpath, false));
            primed.add(runOnce(spec, inputs.prepare(2 * r + 1), "-primed-" + r, classpath, true));
        }
        ColdStartRow row = ColdStartRow.of(spec.name(), spec.handlerClass().getSimpleName(),
                "`" + spec.artifact().classifier() + "`" + (spec.usesDuckDb() ? " + layer" : ""), spec.memoryMb(),
                eventLabel, samples, ColdStartRow.Primed.of(primed));
        System.err.printf(Locale.ROOT, "cold start %s (%s): %.0f ms median%n", spec.name(), eventLabel, row.wall().median());
        return row;
    }

    private ColdStartRun runOnce(FunctionSpec spec, ColdStartInput input, String suffix, String classpath,
                                 boolean primed) throws Exception {
        if (!stack.stack().awaitEventsHandled(120_000)) {
            throw new IllegalStateException("the local stack did not go idle");
        }
        Map<String, String> env = new LinkedHashMap<>(input.env());
        env.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        ColdStartRun run = child.handler(spec.name() + suffix, spec.handlerClass().getName(),
                primed ? input : input.withoutPriming(), env, spec.name(), classpath, spec.usesDuckDb());
        stack.stack().awaitEventsHandled(120_000);
        input.after().run();
        return run;
    }

    private ColdStartRow measureDuckDbLoad(int runs, String classpath, List<String> jvmFlags, String artifact,
                                           String event) throws Exception {
        List<ColdStartRun> samples = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            samples.add(child.duckDbOnly("duckdb-" + r, "duckdb", classpath, jvmFlags));
        }
        return ColdStartRow.of("(DuckDB alone)", "`QueryEngine.warmUp()`", artifact, 0, event, samples, null);
    }
}
