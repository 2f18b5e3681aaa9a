package ai.kai.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runtime settings of a function or of the local stack. Read from environment variables (what Lambda and
 * CDK set) with JVM system properties as an override (what the in-process local stack sets), e.g.
 * {@code KAI_BUCKET} or {@code -Dkai.bucket}.
 */
public record KaiConfig(
        String bucket,
        String table,
        String region,
        Optional<String> s3Endpoint,
        Optional<String> dynamoDbEndpoint,
        Path cacheDir,
        long cacheMaxBytes,
        int memoryMb,
        Duration queryTimeout,
        int maxInlineUploadBytes,
        long maxUploadBytes,
        long maxResultBytes,
        Duration presignTtl) {

    public static KaiConfig fromEnvironment() {
        return from(KaiConfig::lookup);
    }

    static KaiConfig from(Function<String, Optional<String>> settings) {
        int memory = settings.apply("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").map(Integer::parseInt).orElse(2048);
        return new KaiConfig(
                settings.apply("KAI_BUCKET").orElse("kai-data"),
                settings.apply("KAI_TABLE").orElse("kai-metadata"),
                settings.apply("AWS_REGION").orElse("us-east-1"),
                settings.apply("KAI_S3_ENDPOINT"),
                settings.apply("KAI_DYNAMODB_ENDPOINT"),
                Path.of(settings.apply("KAI_CACHE_DIR").orElse(System.getProperty("java.io.tmpdir") + "/kai-cache")),
                settings.apply("KAI_CACHE_MAX_BYTES").map(Long::parseLong).orElse(1L << 30),
                memory,
                Duration.ofSeconds(settings.apply("KAI_QUERY_TIMEOUT_SECONDS").map(Long::parseLong).orElse(20L)),
                settings.apply("KAI_MAX_INLINE_UPLOAD_BYTES").map(Integer::parseInt).orElse(4 * 1024 * 1024),
                settings.apply("KAI_MAX_UPLOAD_BYTES").map(Long::parseLong).orElse(5L * 1024 * 1024 * 1024),
                settings.apply("KAI_MAX_RESULT_BYTES").map(Long::parseLong).orElse(4L * 1024 * 1024),
                Duration.ofMinutes(settings.apply("KAI_PRESIGN_TTL_MINUTES").map(Long::parseLong).orElse(15L)));
    }

    /** DuckDB's share of the function's memory: leave room for the JVM heap and the runtime. */
    public String duckDbMemoryLimit() {
        return Math.max(128, memoryMb / 2) + "MB";
    }

    /** Lambda gives one vCPU per 1,769 MB; DuckDB should use what it gets. */
    public int duckDbThreads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), (memoryMb + 1768) / 1769));
    }

    /** One setting by its environment name, with the JVM property ({@code KAI_X} → {@code kai.x}) first. */
    public static Optional<String> setting(String name) {
        return lookup(name);
    }

    private static Optional<String> lookup(String name) {
        String property = System.getProperty(toPropertyName(name));
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(name);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    /** {@code KAI_S3_ENDPOINT} becomes {@code kai.s3.endpoint}. */
    static String toPropertyName(String envName) {
        return envName.toLowerCase().replace('_', '.');
    }
}
