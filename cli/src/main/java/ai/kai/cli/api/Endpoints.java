package ai.kai.cli.api;

import java.net.URI;
import java.net.URISyntaxException;

import ai.kai.cli.CliException;

/** Parsing and classifying {@code --endpoint} values. */
public final class Endpoints {
    private Endpoints() {
    }

    /**
     * The API's base URL without a trailing slash or {@code /api/v2} suffix (people paste either), e.g.
     * {@code https://abc.execute-api.eu-west-1.amazonaws.com} or {@code http://127.0.0.1:8787}.
     */
    public static URI parse(String value) {
        if (value == null || value.isBlank()) {
            throw CliException.usage("--endpoint is empty; use e.g. http://127.0.0.1:8787");
        }
        String s = value.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(ApiClient.API)) {
            s = s.substring(0, s.length() - ApiClient.API.length());
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw CliException.usage("--endpoint must be an http:// or https:// URL (got \"" + value + "\")");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CliException.usage("--endpoint is not a URL: \"" + value + "\"");
        }
    }

    /** Whether the endpoint is on this machine (127.0.0.0/8, ::1, localhost): the local stack's development token applies. */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127(\\.\\d{1,3}){3}");
    }
}
