package ai.kai.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3-protocol server (s3proxy, embedded) storing objects as files under the data dir, with SigV4 auth so
 * presigned URLs are checked as S3 would, and ObjectCreated announcements for the event dispatcher.
 */
final class S3Server implements AutoCloseable {
    /** DynamoDB Local accepts only letters and digits in access key ids. */
    static final String ACCESS_KEY = "kailocal";
    static final String SECRET_KEY = "kailocalsecret";
    private final S3Proxy proxy;
    private final int port;

    private S3Server(S3Proxy proxy, int port) {
        this.proxy = proxy;
        this.port = port;
    }

    static S3Server start(Path dataDir, ObjectCreatedListener listener) throws Exception {
        Path root = dataDir.resolve("s3");
        Files.createDirectories(root);
        int port = Ports.free();
        var store = new NotifyingBlobStore(new FilesystemNio2BlobStore(root.toString()), listener);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return new S3Server(proxy, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
