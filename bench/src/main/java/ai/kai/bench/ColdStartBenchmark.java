package ai.kai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.config.KaiConfig;
import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.json.Json;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Fresh-JVM init-to-first-response of every catalog function: for each, N processes of {@link ColdStartMain} on
 * the function's artifact, each with an empty temp directory (a new execution environment's /tmp), the settings
 * Lambda would pass as environment variables, and a real event against the running local stack.
 */
final class ColdStartBenchmark {
    /** Uploads by the cold functions land here, so the local stack's own ingest (which reads its bucket) ignores them. */
    static final String SIDE_BUCKET = "kai-bench-cold";
    static final List<String> JVM_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "-XX:+TieredCompilation",
            "-XX:TieredStopAtLevel=1");

    record Run(double bootMs, double initMs, double serdeMs, double primeMs, double invokeMs, double wallMs, double cpuMs,
               long classes) {
    }

    record Row(String function, String handler, String artifact, int memoryMb, String event, Stats boot, Stats init,
               Stats serde, Stats invoke, Stats wall, Stats cpu, long classes, Primed primed) {
    }

    /** The same function when priming ran first, as before a SnapStart snapshot: what priming costs, what remains. */
    record Primed(Stats priming, Stats firstInvoke) {
    }

    record Result(List<Row> rows, List<String> skipped, int runs) {
    }

    /** One invocation's input: the event, settings that differ from the defaults, and how to tell it worked. */
    private record Prepared(String eventJson, String primingEventJson, Map<String, String> env, Predicate<String> ok,
                            Runnable after) {
        Prepared withEnv(Map<String, String> more) {
            Map<String, String> merged = new LinkedHashMap<>(env);
            merged.putAll(more);
            return new Prepared(eventJson, primingEventJson, merged, ok, after);
        }
    }

    private interface Preparer {
        Prepared prepare(int run) throws Exception;
    }

    private final BenchStack stack;
    private final Path workDir;
    private final Path repo;
    private final String smallCsv;
    private final String smallFileId;
    private final String bigFileId;
    private final S3Client s3;

    private ColdStartBenchmark(BenchStack stack, Path workDir, Path repo, String smallCsv, String smallFileId,
                               String bigFileId, S3Client s3) {
        this.stack = stack;
        this.workDir = workDir;
        this.repo = repo;
        this.smallCsv = smallCsv;
        this.smallFileId = smallFileId;
        this.bigFileId = bigFileId;
        this.s3 = s3;
    }

    static Result run(BenchStack stack, Path repo, Path workDir, String bigFileId, int runs) throws Exception {
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
            s3.createBucket(b -> b.bucket(SIDE_BUCKET));
            return new ColdStartBenchmark(stack, workDir, repo, smallCsv, smallId, bigFileId, s3).runAll(runs);
        }
    }

    private Result runAll(int runs) throws Exception {
        String duckDbClasspath = classpath(Artifact.FILES, true);
        // One unmeasured process first, so every measured run finds the jars in the page cache alike.
        spawn("warm-up", null, null, Map.of(), "ColdStartMain --duckdb-warmup", duckDbClasspath, List.of(), false);
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (FunctionSpec spec : FunctionCatalog.all()) {
            Optional<Preparer> preparer = preparer(spec.name(), smallFileId);
            if (preparer.isEmpty()) {
                skipped.add(spec.name());
                continue;
            }
            rows.add(measure(spec, describe(spec.name(), false), preparer.get(), runs));
            if (spec.name().equals("kai-files-query")) {
                rows.add(measure(spec, describe(spec.name(), true), preparer(spec.name(), bigFileId).orElseThrow(), runs));
            }
        }
        rows.add(measureDuckDbLoad(runs, duckDbClasspath, List.of(), "`files` + layer",
                "load the native library (unpacked from the jar into /tmp), `SELECT 42`"));
        Path nativeDir = workDir.resolve("native");
        String preExtracted = preExtractedDriver(nativeDir);
        spawn("warm-up-native", null, null, Map.of(), "pre-extracted warm-up", preExtracted,
                List.of("-Djava.library.path=" + nativeDir), false);
        rows.add(measureDuckDbLoad(runs, preExtracted, List.of("-Djava.library.path=" + nativeDir),
                "`files` + driver without natives", "the same, the library already on `java.library.path` (a layer "
                        + "could ship it unpacked in `lib/`)"));
        return new Result(rows, skipped, runs);
    }

    /** Runs without and with priming alternate, each with its own freshly prepared event. */
    private Row measure(FunctionSpec spec, String eventLabel, Preparer preparer, int runs) throws Exception {
        String classpath = classpath(spec.artifact(), spec.usesDuckDb());
        List<Run> samples = new ArrayList<>();
        List<Run> primed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            samples.add(runOnce(spec, preparer.prepare(2 * r), "-" + r, classpath, false));
            primed.add(runOnce(spec, preparer.prepare(2 * r + 1), "-primed-" + r, classpath, true));
        }
        Row row = row(spec.name(), spec.handlerClass().getSimpleName(),
                "`" + spec.artifact().classifier() + "`" + (spec.usesDuckDb() ? " + layer" : ""), spec.memoryMb(), eventLabel,
                samples, new Primed(Stats.of("priming", primed.stream().mapToDouble(Run::primeMs).toArray()),
                        Stats.of("primed invoke", primed.stream().mapToDouble(Run::invokeMs).toArray())));
        System.err.printf(Locale.ROOT, "cold start %s (%s): %.0f ms median%n", spec.name(), eventLabel, row.wall().median());
        return row;
    }

    private Run runOnce(FunctionSpec spec, Prepared p, String suffix, String classpath, boolean primed) throws Exception {
        if (!stack.stack().awaitEventsHandled(120_000)) {
            throw new IllegalStateException("the local stack did not go idle");
        }
        Map<String, String> env = new LinkedHashMap<>(p.env());
        env.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        Prepared prepared = primed ? p : new Prepared(p.eventJson(), null, p.env(), p.ok(), p.after());
        Run run = spawn(spec.name() + suffix, spec.handlerClass().getName(), prepared, env, spec.name(), classpath,
                List.of(), spec.usesDuckDb());
        stack.stack().awaitEventsHandled(120_000);
        p.after().run();
        return run;
    }

    private Row measureDuckDbLoad(int runs, String classpath, List<String> jvmFlags, String artifact, String event)
            throws Exception {
        List<Run> samples = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            samples.add(spawn("duckdb-" + r, null, null, Map.of(), "duckdb", classpath, jvmFlags, false));
        }
        return row("(DuckDB alone)", "`QueryEngine.warmUp()`", artifact, 0, event, samples, null);
    }

    /**
     * The files artifact with a copy of the DuckDB driver that carries no native library, and this platform's
     * library unpacked once into {@code nativeDir}: the driver then finds it through {@code java.library.path}
     * instead of unpacking it from the jar into the temp dir on every cold start.
     */
    private String preExtractedDriver(Path nativeDir) throws IOException {
        Files.createDirectories(nativeDir);
        Path driver = Path.of(jarOf(org.duckdb.DuckDBDriver.class));
        Path stripped = nativeDir.resolve("duckdb_jdbc-no-natives.jar");
        String platform = "libduckdb_java.so_" + osName() + "_" + cpuArch();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(driver.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(stripped))) {
            for (var it = in.entries(); it.hasMoreElements(); ) {
                java.util.zip.ZipEntry e = it.nextElement();
                if (e.getName().startsWith("libduckdb_java.so")) {
                    if (e.getName().equals(platform)) {
                        try (var lib = in.getInputStream(e)) {
                            Files.copy(lib, nativeDir.resolve("libduckdb_java.so"));
                        }
                    }
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                try (var content = in.getInputStream(e)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (!Files.exists(nativeDir.resolve("libduckdb_java.so"))) {
            throw new IllegalStateException("no " + platform + " in " + driver);
        }
        return String.join(java.io.File.pathSeparator, classpath(Artifact.FILES, false), stripped.toString());
    }

    /** The names the DuckDB driver gives its bundled libraries: {@code libduckdb_java.so_<os>_<arch>}. */
    private static String osName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "osx" : "linux";
    }

    private static String cpuArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") ? "arm64" : arch;
    }

    private static Row row(String function, String handler, String artifact, int memoryMb, String event, List<Run> runs,
                           Primed primed) {
        return new Row(function, handler, artifact, memoryMb, event,
                Stats.of("boot", runs.stream().mapToDouble(Run::bootMs).toArray()),
                Stats.of("init", runs.stream().mapToDouble(Run::initMs).toArray()),
                Stats.of("serde", runs.stream().mapToDouble(Run::serdeMs).toArray()),
                Stats.of("invoke", runs.stream().mapToDouble(Run::invokeMs).toArray()),
                Stats.of("wall", runs.stream().mapToDouble(Run::wallMs).toArray()),
                Stats.of("cpu", runs.stream().mapToDouble(Run::cpuMs).toArray()),
                Math.round(runs.stream().mapToLong(Run::classes).average().orElse(0)), primed);
    }

    /** Spawns one child; {@code handler == null} runs the DuckDB-only mode. */
    private Run spawn(String runName, String handler, Prepared prepared, Map<String, String> extraEnv, String label,
                      String classpath, List<String> jvmFlags, boolean primeDuckDb) throws Exception {
        Path dir = workDir.resolve("run-" + runName);
        Path tmp = dir.resolve("tmp");
        Files.createDirectories(tmp);
        try {
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
            } else {
                Path event = dir.resolve("event.json");
                Files.writeString(event, prepared.eventJson());
                command.add(handler);
                command.add(event.toString());
                if (prepared.primingEventJson() != null) {
                    Path priming = dir.resolve("priming-event.json");
                    Files.writeString(priming, prepared.primingEventJson());
                    command.add(priming.toString());
                    if (primeDuckDb) {
                        command.add("duckdb");
                    }
                }
            }
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
            String times = null;
            String response = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("KAI_COLD ")) {
                        times = line;
                    } else if (line.startsWith("KAI_RESPONSE ")) {
                        response = line.substring("KAI_RESPONSE ".length());
                        break;
                    }
                }
                double wall = Stats.millisSince(spawned);
                long classes = 0;
                double cpuMs = Double.NaN;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("KAI_CLASSES ")) {
                        classes = Long.parseLong(line.substring("KAI_CLASSES ".length()).strip());
                    } else if (line.startsWith("KAI_CPU ")) {
                        cpuMs = Long.parseLong(line.substring("KAI_CPU ".length()).strip()) / 1e6;
                    }
                }
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(label + ": the child did not exit");
                }
                if (times == null || response == null || process.exitValue() != 0) {
                    throw new IllegalStateException(label + ": no response (exit " + process.exitValue() + "): "
                            + tail(dir.resolve("stderr.log")));
                }
                if (prepared != null && !prepared.ok().test(response)) {
                    throw new IllegalStateException(label + ": unexpected response " + response);
                }
                Map<String, Long> t = parseTimes(times);
                return new Run((t.get("main") - spawned) / 1e6, t.get("init") / 1e6, t.get("serde") / 1e6,
                        t.get("prime") / 1e6, t.get("invoke") / 1e6, wall, cpuMs, classes);
            }
        } finally {
            BenchStack.deleteTree(dir);
        }
    }

    /** {@code -Dkai.bench.coldJvmFlags="-Xlog:class+load:file=/tmp/cl-%p.log"}: extra flags for experiments. */
    private static List<String> extraJvmFlags() {
        String flags = System.getProperty("kai.bench.coldJvmFlags", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    /** What Lambda's environment carries for our functions (CDK sets the KAI_* ones). */
    private Map<String, String> functionSettings(Path tmp) {
        KaiConfig config = stack.config();
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

    private Optional<Preparer> preparer(String function, String fileId) {
        Predicate<String> ok200 = status(200);
        return Optional.ofNullable(switch (function) {
            case "kai-health" -> r -> api("GET", "/api/v2/health", Map.of(), null, false, ok200);
            case "kai-openapi" -> r -> api("GET", "/api/v2/openapi.json", Map.of(), null, false, ok200);
            case "kai-files-list" -> r -> api("GET", "/api/v2/files", Map.of(), null, true, ok200);
            case "kai-files-get" -> r -> api("GET", "/api/v2/files/" + fileId, Map.of("file_id", fileId), null, true, ok200);
            case "kai-files-query" -> r -> api("POST", "/api/v2/files/" + fileId + "/query", Map.of("file_id", fileId),
                    Json.write(Map.of("sql", "SELECT count(*) FROM data")), true, ok200);
            case "kai-files-upload" -> r -> api("POST", "/api/v2/files/upload", Map.of(),
                    Json.write(Map.of("name", "cold-upload-" + r + ".csv", "content", smallCsv)), true, status(201))
                    .withEnv(Map.of("KAI_BUCKET", SIDE_BUCKET));
            case "kai-files-clean" -> r -> api("POST", "/api/v2/files/" + fileId + "/clean", Map.of("file_id", fileId),
                    Json.write(Map.of("operations", List.of(Map.of("op", "deduplicate")))), true, status(201));
            case "kai-files-profile" -> r -> api("GET", "/api/v2/files/" + fileId + "/profile", Map.of("file_id", fileId),
                    null, true, ok200);
            case "kai-analytics-profile" -> r -> api("POST", "/api/v2/analytics/profile", Map.of(),
                    Json.write(Map.of("file_id", fileId)), true, ok200);
            case "kai-files-delete" -> r -> {
                String doomed = stack.uploadInline("cold-doomed-" + r + ".csv", smallCsv);
                return api("DELETE", "/api/v2/files/" + doomed, Map.of("file_id", doomed), null, true, ok200);
            };
            case "kai-files-ingest" -> this::ingestEvent;
            default -> null;
        });
    }

    private static String describe(String function, boolean bigFile) {
        return switch (function) {
            case "kai-health" -> "`GET /health`";
            case "kai-openapi" -> "`GET /openapi.json`";
            case "kai-files-list" -> "`GET /files`";
            case "kai-files-get" -> "`GET /files/{id}` (1,000-row file)";
            case "kai-files-query" -> bigFile ? "`SELECT count(*)` on the 1M-row file (downloads its data.duckdb)"
                    : "`SELECT count(*)` on a 1,000-row file";
            case "kai-files-upload" -> "inline upload, 58 KB CSV";
            case "kai-files-clean" -> "deduplicate the 1,000-row file into a new version";
            case "kai-files-profile" -> "the stored profile of the 1,000-row file (JSON)";
            case "kai-analytics-profile" -> "profile the 1,000-row file again (recomputed, stored)";
            case "kai-files-delete" -> "`DELETE /files/{id}`";
            case "kai-files-ingest" -> "S3 ObjectCreated, 1,000-row CSV";
            default -> function;
        };
    }

    /**
     * A pending file record made through the API, its original PUT straight into the side bucket (so only the
     * child ingests it), and the S3 event for that object.
     */
    private Prepared ingestEvent(int run) {
        byte[] content = smallCsv.getBytes(StandardCharsets.UTF_8);
        Api.Response ticket = stack.api().postJson("/api/v2/files/upload",
                Map.of("name", "cold-ingest-" + run + ".csv", "mode", "presigned", "size_bytes", content.length)).expect(201);
        String fileId = ticket.data().path("file").path("file_id").asText();
        String key = BenchStack.objectKey(ticket.data().path("upload_url").asText());
        s3.putObject(b -> b.bucket(SIDE_BUCKET).key(key).contentType("text/csv"), RequestBody.fromBytes(content));
        String etag = s3.headObject(b -> b.bucket(SIDE_BUCKET).key(key)).eTag().replace("\"", "");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", key);
        object.put("size", content.length);
        object.put("eTag", etag);
        object.put("sequencer", Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT));
        Map<String, Object> s3Part = new LinkedHashMap<>();
        s3Part.put("s3SchemaVersion", "1.0");
        s3Part.put("configurationId", "kai-ingest");
        s3Part.put("bucket", Map.of("name", SIDE_BUCKET, "ownerIdentity", Map.of("principalId", "local"),
                "arn", "arn:aws:s3:::" + SIDE_BUCKET));
        s3Part.put("object", object);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", stack.config().region());
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", "ObjectCreated:Put");
        record.put("userIdentity", Map.of("principalId", "local"));
        record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
        record.put("responseElements", Map.of("x-amz-request-id", UUID.randomUUID().toString(), "x-amz-id-2", "local"));
        record.put("s3", s3Part);
        Runnable verify = () -> {
            JsonNode file = stack.api().get("/api/v2/files/" + fileId).expect(200).data();
            if (!file.path("status").asText().equals("ready") || file.path("row_count").asLong() != 1000) {
                throw new IllegalStateException("the cold ingest did not make the file ready: " + file);
            }
        };
        return new Prepared(Json.write(Map.of("Records", List.of(record))), "{\"Records\":[]}", Map.of("KAI_BUCKET", SIDE_BUCKET),
                response -> response.contains("INGESTED"), verify);
    }

    /** An API Gateway HTTP API payload-2.0 event, with the claims its JWT authorizer passes on. */
    private Prepared api(String method, String path, Map<String, String> pathParameters, String body, boolean authenticated,
                         Predicate<String> ok) {
        // Priming sends the same route without a token: refused before any storage call when the route needs one.
        return new Prepared(apiEvent(method, path, pathParameters, body, authenticated),
                apiEvent(method, path, pathParameters, body, false), Map.of(), ok, () -> { });
    }

    private String apiEvent(String method, String path, Map<String, String> pathParameters, String body,
                            boolean authenticated) {
        String routeKey = method + " " + FunctionCatalog.all().stream()
                .filter(f -> f.trigger() instanceof ai.kai.functions.catalog.Trigger.Http h && h.method().equals(method)
                        && matches(h.path(), path))
                .map(f -> ((ai.kai.functions.catalog.Trigger.Http) f.trigger()).path()).findFirst().orElse(path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "local");
        headers.put("user-agent", "kai-bench");
        if (body != null) {
            headers.put("content-type", "application/json");
        }
        if (authenticated) {
            headers.put("authorization", "Bearer " + stack.token());
        }
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", method);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "kai-bench");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        if (authenticated) {
            context.put("authorizer", Map.of("jwt", Map.of("claims", Map.of("custom:tenant", BenchStack.TENANT,
                    "sub", "local-" + BenchStack.TENANT, "token_use", "id"), "scopes", List.of())));
        }
        context.put("domainName", "local");
        context.put("domainPrefix", "local");
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", Instant.now().toString());
        context.put("timeEpoch", System.currentTimeMillis());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        event.put("headers", headers);
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", pathParameters);
        }
        event.put("requestContext", context);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return Json.write(event);
    }

    private static boolean matches(String template, String path) {
        return path.matches(template.replaceAll("\\{[^/]+}", "[^/]+"));
    }

    private static Predicate<String> status(int expected) {
        return response -> {
            try {
                return Json.mapper().readTree(response).path("statusCode").asInt() == expected;
            } catch (IOException e) {
                return false;
            }
        };
    }

    /**
     * The function's artifact, the full DuckDB driver if the function gets the layer (this machine is amd64, the
     * layer carries only linux-arm64), Lambda's serializer, and ColdStartMain alone.
     */
    private String classpath(Artifact artifact, boolean duckDb) throws IOException {
        Path target = repo.resolve("functions/target");
        String suffix = "-" + artifact.classifier() + ".jar";
        Path artifactJar;
        try (var files = Files.list(target)) {
            artifactJar = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + target));
        }
        Path coldstart;
        try (var files = Files.list(repo.resolve("bench/target"))) {
            coldstart = files.filter(p -> p.getFileName().toString().endsWith("-coldstart.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-coldstart.jar in bench/target; run mvn package -pl bench"));
        }
        List<String> jars = new ArrayList<>(List.of(artifactJar.toString()));
        if (duckDb) {
            jars.add(jarOf(org.duckdb.DuckDBDriver.class));
        }
        jars.add(jarOf(LambdaEventSerializers.class));
        jars.add(coldstart.toString());
        return String.join(java.io.File.pathSeparator, jars);
    }

    private static String jarOf(Class<?> c) {
        return Path.of(URI.create(c.getProtectionDomain().getCodeSource().getLocation().toString())).toString();
    }

    private static Map<String, Long> parseTimes(String line) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : line.substring("KAI_COLD ".length()).split(" ")) {
            String[] kv = part.split("=");
            out.put(kv[0], Long.parseLong(kv[1]));
        }
        return out;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
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
                r.runs(), String.join(" ", JVM_FLAGS)));
        Markdown t = Markdown.table("function", "handler", "artifact", "MB", "event", "JVM start → main", "init (class load + ctor)",
                "serializers", "first invoke", "**total: spawn → response**", "min–max", "vs 1 s aim", "process CPU",
                "classes loaded");
        for (Row row : r.rows()) {
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
        for (Row row : r.rows()) {
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
