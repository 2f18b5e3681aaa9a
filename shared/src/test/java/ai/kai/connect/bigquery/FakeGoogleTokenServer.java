package ai.kai.connect.bigquery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Google's OAuth token endpoint for service accounts, locally: it accepts
 * {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer} with a JWT the client signed (RS256) with the
 * service account's private key, checks the signature against the public key, the issuer and the audience, and answers
 * {@code {access_token, expires_in, token_type}} or, for a bad signature, {@code 400 {error: invalid_grant}}.
 */
final class FakeGoogleTokenServer implements AutoCloseable {
    static final String ACCESS_TOKEN = "ya29.local-test-token";
    /** The audience google-auth puts in the assertion, whatever the key file's token_uri (as Google documents). */
    static final String AUDIENCE = "https://oauth2.googleapis.com/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final KeyPair keys;
    final String clientEmail = "kai-reader@kai-test-project.iam.gserviceaccount.com";
    final AtomicInteger grants = new AtomicInteger();

    FakeGoogleTokenServer() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.start();
    }

    String tokenUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** A service-account key file as the Cloud console downloads it, pointing at this token endpoint. */
    String serviceAccountJson(KeyPair signWith) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(signWith.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return JSON.createObjectNode().put("type", "service_account").put("project_id", "kai-test-project")
                .put("private_key_id", "0123456789abcdef").put("private_key", pem).put("client_email", clientEmail)
                .put("client_id", "1234567890").put("auth_uri", "https://accounts.google.com/o/oauth2/auth")
                .put("token_uri", tokenUri()).toString();
    }

    String serviceAccountJson() {
        return serviceAccountJson(keys);
    }

    private void token(HttpExchange ex) throws IOException {
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String assertion = null;
        String grant = null;
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            if (kv[0].equals("assertion")) {
                assertion = value;
            } else if (kv[0].equals("grant_type")) {
                grant = value;
            }
        }
        String body;
        int status;
        if ("urn:ietf:params:oauth:grant-type:jwt-bearer".equals(grant) && assertion != null && valid(assertion)) {
            grants.incrementAndGet();
            status = 200;
            body = JSON.createObjectNode().put("access_token", ACCESS_TOKEN).put("expires_in", 3599)
                    .put("token_type", "Bearer").toString();
        } else {
            status = 400;
            body = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}";
        }
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private boolean valid(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(keys.getPublic());
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2])) && clientEmail.equals(claims.path("iss").asText())
                    && AUDIENCE.equals(claims.path("aud").asText());
        } catch (Exception e) {
            return false;
        }
    }

    static KeyPair otherKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
