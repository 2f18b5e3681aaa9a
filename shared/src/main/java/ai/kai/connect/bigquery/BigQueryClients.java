package ai.kai.connect.bigquery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;

import ai.kai.connect.ConnectionConfig;
import ai.kai.connect.ConnectorContext;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Builds the BigQuery client of a connection: its project, location, endpoint, credentials and short retries. */
final class BigQueryClients {
    private static final String SCOPE = "https://www.googleapis.com/auth/bigquery";

    private BigQueryClients() {
    }

    static BigQuery create(ConnectionConfig config, ConnectorContext context) {
        BigQueryOptions.Builder options = BigQueryOptions.newBuilder()
                .setProjectId(config.requireSetting("project"))
                .setCredentials(credentials(config))
                .setRetrySettings(RetrySettings.newBuilder().setMaxAttempts(2)
                        .setTotalTimeoutDuration(java.time.Duration.ofSeconds(60)).build());
        config.setting("location").ifPresent(options::setLocation);
        config.setting("endpoint").ifPresent(options::setHost);
        return options.build().getService();
    }

    private static Credentials credentials(ConnectionConfig config) {
        try {
            var json = config.secret(BigQueryConnectorFactory.SERVICE_ACCOUNT);
            if (json.isPresent()) {
                return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json.get().getBytes(StandardCharsets.UTF_8)))
                        .createScoped(SCOPE);
            }
            return GoogleCredentials.getApplicationDefault().createScoped(SCOPE);
        } catch (IOException e) {
            throw new KaiException(ErrorCode.AUTHENTICATION_FAILED, config.secret(BigQueryConnectorFactory.SERVICE_ACCOUNT).isPresent()
                    ? "the stored service-account key could not be read"
                    : "no service-account key was given and no Google application default credentials are available here");
        }
    }
}
