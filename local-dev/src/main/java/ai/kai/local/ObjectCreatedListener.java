package ai.kai.local;

/** Told when an object lands in the local bucket (what S3 would announce as {@code ObjectCreated:*}). */
@FunctionalInterface
interface ObjectCreatedListener {
    void objectCreated(String eventName, String bucket, String key, long size, String etag);
}
