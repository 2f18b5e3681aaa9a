package ai.kai.storage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** {@link BlobStore} over S3 (AWS SDK v2); also serves s3proxy on the local stack with path-style addressing. */
public final class S3BlobStore implements BlobStore {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public BlobInfo put(String key, byte[] content, String contentType) {
        PutObjectResponse r = call(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content)));
        return new BlobInfo(key, content.length, unquote(r.eTag()));
    }

    @Override
    public BlobInfo put(String key, Path file, String contentType) {
        PutObjectResponse r = call(() -> s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file)));
        return new BlobInfo(key, sizeOf(file), unquote(r.eTag()));
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        try {
            HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key));
            return Optional.of(new BlobInfo(key, r.contentLength(), unquote(r.eTag())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable(e);
        }
    }

    @Override
    public BlobInfo download(String key, Path target) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return new BlobInfo(key, in.response().contentLength(), unquote(in.response().eTag()));
        } catch (NoSuchKeyException e) {
            throw new KaiException(ErrorCode.UPLOAD_MISSING, "the object is not in storage (yet): " + key);
        } catch (java.io.IOException e) {
            throw new KaiException(ErrorCode.STORAGE_UNAVAILABLE, "could not read from object storage", e);
        } catch (S3Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public int deletePrefix(String prefix) {
        int deleted = 0;
        String token = null;
        do {
            String continuation = token;
            var page = call(() -> s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).continuationToken(continuation)));
            List<ObjectIdentifier> ids = page.contents().stream()
                    .map(S3Object::key).map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            if (!ids.isEmpty()) {
                call(() -> s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(ids).quiet(true).build())));
                deleted += ids.size();
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return deleted;
    }

    @Override
    public URI presignPut(String key, String contentType, Duration ttl) {
        return call(() -> URI.create(presigner.presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(b -> b.bucket(bucket).key(key).contentType(contentType))).url().toString()));
    }

    @Override
    public URI presignGet(String key, Duration ttl) {
        return call(() -> URI.create(presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(b -> b.bucket(bucket).key(key))).url().toString()));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not stat a temporary file", e);
        }
    }

    static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private static <T> T call(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (S3Exception e) {
            throw unavailable(e);
        }
    }

    private static KaiException unavailable(S3Exception e) {
        return new KaiException(ErrorCode.STORAGE_UNAVAILABLE,
                "object storage refused the request (" + e.statusCode() + ")", e);
    }
}
