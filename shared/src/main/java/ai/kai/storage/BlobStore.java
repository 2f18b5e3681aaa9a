package ai.kai.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Port to object storage (S3 in AWS, s3proxy on the local stack). Keys are always tenant-scoped by callers. */
public interface BlobStore {
    BlobInfo put(String key, byte[] content, String contentType);

    BlobInfo put(String key, Path file, String contentType);

    Optional<BlobInfo> head(String key);

    /** Downloads the object to {@code target} (replaced) and returns what was downloaded. */
    BlobInfo download(String key, Path target);

    /** The whole object (for small objects such as stored profiles); empty if it does not exist. */
    Optional<byte[]> read(String key);

    /** Deletes every object under the prefix; returns how many were deleted. */
    int deletePrefix(String prefix);

    URI presignPut(String key, String contentType, Duration ttl);

    URI presignGet(String key, Duration ttl);
}
