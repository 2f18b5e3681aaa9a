package ai.kai.connect.bigquery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectionDraft;
import ai.kai.connect.ConnectionUri;
import ai.kai.connect.Connector;
import ai.kai.connect.ConnectorContext;
import ai.kai.connect.ConnectorFactory;
import ai.kai.connect.CredentialsFile;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Google BigQuery: {@code bigquery://my-project[/default_dataset][?location=EU]} with a service-account JSON
 * ({@code --credentials key.json}, stored encrypted) or, without one, the application default credentials.
 * Optional fields: {@code dataset}, {@code location}, {@code maximum_bytes_billed}, {@code endpoint} (a
 * BigQuery-compatible endpoint instead of {@code https://bigquery.googleapis.com}).
 */
public final class BigQueryConnectorFactory implements ConnectorFactory {
    static final String SERVICE_ACCOUNT = "service_account_json";

    @Override
    public String type() {
        return "bigquery";
    }

    @Override
    public ConnectionConfig configure(ConnectionDraft d) {
        String project = d.value("project").or(() -> d.value("project_id"))
                .or(() -> d.uri().map(ConnectionUri::host).filter(h -> !h.isBlank()))
                .orElseThrow(() -> new KaiException(ErrorCode.MISSING_FIELD, "name the Google Cloud project: bigquery://my-project"));
        if (!project.matches("[a-z][a-z0-9.:-]{4,62}")) {
            throw new KaiException(ErrorCode.INVALID_CONNECTION_URI, "'" + project + "' is not a Google Cloud project id");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("project", project);
        d.value("dataset").or(() -> d.uri().flatMap(u -> u.pathSegments().stream().findFirst()))
                .ifPresent(ds -> settings.put("dataset", ds));
        for (String option : new String[] {"location", "maximum_bytes_billed", "endpoint"}) {
            d.value(option).ifPresent(v -> settings.put(option, v));
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        serviceAccount(d).ifPresent(json -> secrets.put(SERVICE_ACCOUNT, json));
        Map<String, String> query = new LinkedHashMap<>(settings);
        query.keySet().removeAll(java.util.Set.of("project", "dataset"));
        String display = ConnectionUri.format("bigquery", Optional.empty(), false, project, Optional.empty(),
                settings.getOrDefault("dataset", ""), query);
        return new ConnectionConfig(d.alias(), type(), display, settings, secrets);
    }

    private static Optional<String> serviceAccount(ConnectionDraft d) {
        Optional<String> json = d.credentials().or(() -> d.value("credentials_json")).or(() -> d.value(SERVICE_ACCOUNT));
        json.ifPresent(text -> {
            JsonNode node = CredentialsFile.json(text);
            if (!"service_account".equals(node.path("type").asText()) || node.path("private_key").asText().isBlank()
                    || node.path("client_email").asText().isBlank()) {
                throw new KaiException(ErrorCode.INVALID_CREDENTIALS,
                        "the credentials file is not a Google service-account key (type service_account with client_email and private_key)");
            }
        });
        return json;
    }

    @Override
    public Connector create(ConnectionConfig config, ConnectorContext context) {
        return new BigQueryConnector(config, context);
    }
}
