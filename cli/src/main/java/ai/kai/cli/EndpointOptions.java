package ai.kai.cli;

import java.net.URI;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.Endpoints;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Where the API is and who we are: {@code --endpoint} and {@code --token}, shared by every command that calls the API. */
public final class EndpointOptions {
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8787";

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "${env:KAI_ENDPOINT:-" + DEFAULT_ENDPOINT + "}",
            description = "API base URL (env KAI_ENDPOINT; default ${DEFAULT-VALUE}, the local stack).")
    String endpoint;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:KAI_TOKEN}", showDefaultValue = Visibility.NEVER,
            description = "Bearer token (env KAI_TOKEN). Against a local stack (a loopback endpoint) its development "
                    + "token is used when none is given.")
    String token;

    public URI endpoint() {
        return Endpoints.parse(endpoint);
    }

    /**
     * A client for the endpoint with the caller's token; without one, against a loopback endpoint, with the local
     * stack's development token ({@code GET /_local/dev-token}).
     */
    public ApiClient connect() {
        URI uri = endpoint();
        ApiClient client = new ApiClient(uri, token);
        if (client.hasToken() || !Endpoints.isLoopback(uri)) {
            return client;
        }
        return client.fetchDevToken().map(client::withToken).orElse(client);
    }
}
