package ai.kai.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.kai.cli.Kai;
import ai.kai.local.LocalStack;
import ai.kai.local.LocalStackOptions;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real local stack (in memory, on a free port) and {@code kai} pointed at it as one tenant. */
final class LocalStackFixture implements AutoCloseable {
    static final String FILE_ID = "f_[0-9a-z]{22}";
    final LocalStack stack;
    final Path dataDir;
    final String endpoint;
    final String token;

    /** A stack in memory on a free port; {@link #kai} runs as {@code tenant}. */
    LocalStackFixture(Path dataDir, String tenant) {
        this.dataDir = dataDir;
        this.stack = LocalStack.start(new LocalStackOptions(0, dataDir, false));
        this.endpoint = stack.endpoint().toString();
        this.token = stack.tokenFor(tenant);
    }

    Kai.Run kai(String... args) {
        return kaiAs(token, args);
    }

    /** Uploads through {@code kai file upload}, asserting success and that stdout is exactly the new file_id. */
    String upload(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("file", "upload", file.toString()));
        args.addAll(List.of(extra));
        Kai.Run run = kai(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).as(run.transcript()).matches(FILE_ID + "\n");
        return run.out().strip();
    }

    /** Runs kai against this stack with the given token (null: none, so the development token applies). */
    Kai.Run kaiAs(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--endpoint");
        all.add(endpoint);
        if (token != null) {
            all.add("--token");
            all.add(token);
        }
        return Kai.run(all.toArray(String[]::new));
    }

    /** Puts a file into a tenant's storage as the owner would (e.g. a SQLite database under databases/). */
    void putTenantObject(String tenant, String key, Path file) throws java.io.IOException {
        ai.kai.config.KaiConfig config = stack.functionConfig();
        // the local stack's credentials are in the system properties, as Lambda's are in its environment
        try (S3Client s3 = S3Client.builder().region(Region.of(config.region())).forcePathStyle(true)
                .endpointOverride(java.net.URI.create(config.s3Endpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.putObject(b -> b.bucket(config.bucket()).key("tenants/" + tenant + "/" + key),
                    RequestBody.fromBytes(java.nio.file.Files.readAllBytes(file)));
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
