package ai.kai.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The KMS wrapper through the real AWS SDK client against a local server answering KMS's JSON protocol
 * ({@code TrentService.GenerateDataKey} / {@code Decrypt}, as documented in the KMS API reference): the
 * encryption context must match on Decrypt, as KMS enforces.
 */
class KmsKeyWrapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;
    private final List<String> targets = new ArrayList<>();
    private KmsClient kms;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        kms = KmsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("kailocal", "kailocal"))).build();
    }

    @AfterEach
    void stop() {
        kms.close();
        server.stop(0);
    }

    /** "Wraps" by prefixing the context and key id: enough to check that Decrypt gets back what it was given. */
    private void handle(HttpExchange ex) throws java.io.IOException {
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        targets.add(target);
        JsonNode req = JSON.readTree(ex.getRequestBody());
        String context = req.path("EncryptionContext").path("kai:secret").asText();
        String body;
        int status = 200;
        if (target.endsWith("GenerateDataKey")) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            String blob = Base64.getEncoder().encodeToString((context + "|" + Base64.getEncoder().encodeToString(key))
                    .getBytes(StandardCharsets.UTF_8));
            body = JSON.createObjectNode().put("KeyId", "arn:aws:kms:us-east-1:111122223333:key/kai")
                    .put("Plaintext", Base64.getEncoder().encodeToString(key)).put("CiphertextBlob", blob).toString();
        } else {
            String blob = new String(Base64.getDecoder().decode(req.path("CiphertextBlob").asText()), StandardCharsets.UTF_8);
            String[] parts = blob.split("\\|");
            if (!parts[0].equals(context)) {
                status = 400;
                body = "{\"__type\":\"InvalidCiphertextException\",\"message\":null}";
            } else {
                body = JSON.createObjectNode().put("KeyId", "arn:aws:kms:us-east-1:111122223333:key/kai")
                        .put("Plaintext", parts[1]).put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT").toString();
            }
        }
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    @Test
    void shouldSealWithADataKeyFromKmsAndOpenWithKmsDecrypt() {
        SecretCipher cipher = new EnvelopeCipher(new KmsKeyWrapper(kms, "alias/kai-secrets"));
        String sealed = cipher.encrypt("{\"password\":\"p4ss\"}", "acme/warehouse");
        assertThat(sealed).doesNotContain("p4ss");
        assertThat(cipher.decrypt(sealed, "acme/warehouse")).isEqualTo("{\"password\":\"p4ss\"}");
        assertThat(targets).containsExactly("TrentService.GenerateDataKey", "TrentService.Decrypt");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "other/warehouse")).isInstanceOfSatisfying(KaiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SECRET_DECRYPTION_FAILED));
    }

    @Test
    void shouldNotOpenAnEnvelopeSealedByTheLocalKey() {
        String local = new EnvelopeCipher(LocalKeyWrapper.open(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "kai-kms-test-" + System.nanoTime() + ".key"))).encrypt("x", "a/b");
        assertThatThrownBy(() -> new EnvelopeCipher(new KmsKeyWrapper(kms, "k")).decrypt(local, "a/b"))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.getMessage()).contains("'local'"));
    }
}
