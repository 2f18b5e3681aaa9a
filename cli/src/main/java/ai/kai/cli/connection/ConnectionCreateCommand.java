package ai.kai.cli.connection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.ExitCodes;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai connection create URI --alias A [--credentials FILE]}: stores a connection; only its redacted URI is shown. */
@Command(name = "create", description = {"Add a database connection. Its secrets are stored encrypted and never shown.",
    "Example: kai connection create postgresql://reader:pw@db.internal/dw --alias warehouse",
    "         kai connection create bigquery://my-project/sales --alias bq --credentials sa.json"})
public final class ConnectionCreateCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "URI",
            description = "postgresql://, mysql://, redshift://, snowflake://, bigquery://, sqlite://, duckdb:// …")
    String uri;

    @Option(names = "--alias", required = true, paramLabel = "A", description = "The name to use it by, e.g. warehouse.")
    String alias;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "A credentials file sent with it: service-account JSON, a PEM key, or {\"password\": \"…\"}.")
    Path credentials;

    private String credentialText;

    @Override
    protected void validate() {
        if (credentials != null) {
            try {
                credentialText = Files.readString(credentials, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.local("cannot read the credentials file " + credentials, e);
            }
        }
    }

    @Override
    protected int run(ApiClient api) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alias", alias);
        body.put("uri", uri);
        if (credentialText != null) {
            body.put("credentials", credentialText);
        }
        ApiResponse response = api.post("/connections", body);
        JsonNode created = emit(response);
        if (!json()) {
            terminal().println("created " + created.path("alias").asText() + " (" + created.path("type").asText() + ", "
                    + created.path("uri").asText() + ")");
        }
        return ExitCodes.OK;
    }
}
