package ai.kai.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import software.constructs.Node;

/**
 * What the app can be told with {@code cdk -c key=value} (or cdk.json's context). Every key is optional.
 *
 * <ul>
 * <li>{@code artifactsDir} — where the functions jars are; default {@code ../functions/target} (relative to infra/)</li>
 * <li>{@code version} — the version in the jar names; default this module's Maven version</li>
 * <li>{@code stagingDir} — where the DuckDB layer directory is staged; default {@code target/cdk-staging}</li>
 * <li>{@code jwtIssuer} + {@code jwtAudience} (comma-separated) — use this OIDC issuer instead of a Cognito user pool</li>
 * <li>{@code tenantClaim} — the JWT claim naming the tenant; default {@code custom:tenant}</li>
 * <li>{@code corsOrigins} (comma-separated) — origins allowed to PUT presigned uploads; default {@code *}</li>
 * <li>{@code localstack} — deploy to LocalStack (account 000000000000, us-east-1, no SnapStart, no HTTP API/Cognito)</li>
 * <li>{@code localstackPro} — with {@code localstack}: the image has API Gateway v2 and Cognito, deploy them too</li>
 * <li>{@code localstackEndpoint} — how functions inside LocalStack reach S3/DynamoDB; default
 * {@code http://localhost.localstack.cloud:4566}</li>
 * </ul>
 */
public record InfraSettings(
        Path artifactsDir,
        String version,
        Path stagingDir,
        Optional<String> jwtIssuer,
        List<String> jwtAudience,
        String tenantClaim,
        List<String> corsOrigins,
        boolean localstack,
        boolean localstackPro,
        String localstackEndpoint) {

    public static final String DEFAULT_TENANT_CLAIM = "custom:tenant";
    public static final String LOCALSTACK_ACCOUNT = "000000000000";
    public static final String LOCALSTACK_REGION = "us-east-1";

    public InfraSettings {
        if (jwtIssuer.isPresent() && jwtAudience.isEmpty()) {
            throw new IllegalArgumentException("context jwtIssuer needs jwtAudience too (the client ids the tokens are for)");
        }
    }

    /** Reads the context of the app's root node. */
    public static InfraSettings from(Node node) {
        return new InfraSettings(
                Path.of(text(node, "artifactsDir").orElse("../functions/target")),
                text(node, "version").orElseGet(InfraSettings::buildVersion),
                Path.of(text(node, "stagingDir").orElse("target/cdk-staging")),
                text(node, "jwtIssuer"),
                list(node, "jwtAudience"),
                text(node, "tenantClaim").orElse(DEFAULT_TENANT_CLAIM),
                text(node, "corsOrigins").map(v -> list(v)).orElse(List.of("*")),
                flag(node, "localstack"),
                flag(node, "localstackPro"),
                text(node, "localstackEndpoint").orElse("http://localhost.localstack.cloud:4566"));
    }

    /** Whether the stacks get an HTTP API (and so an identity provider): LocalStack's free image has neither. */
    public boolean deploysHttpApi() {
        return !localstack || localstackPro;
    }

    /** SnapStart is a Lambda service feature LocalStack does not emulate. */
    public boolean snapStart() {
        return !localstack;
    }

    private static Optional<String> text(Node node, String key) {
        Object value = node.tryGetContext(key);
        if (value == null || String.valueOf(value).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value).trim());
    }

    private static boolean flag(Node node, String key) {
        return text(node, key).map(Boolean::parseBoolean).orElse(false);
    }

    private static List<String> list(Node node, String key) {
        return text(node, key).map(InfraSettings::list).orElse(List.of());
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String buildVersion() {
        try (InputStream in = InfraSettings.class.getResourceAsStream("kai-infra.properties")) {
            if (in == null) {
                throw new IllegalStateException("kai-infra.properties is missing from the classpath: build infra with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
