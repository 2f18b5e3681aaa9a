package ai.kai.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.functions.catalog.Trigger;
import ai.kai.json.Json;

/**
 * Delivers S3 {@code ObjectCreated} notifications to the catalog's S3-triggered functions, as S3 and Lambda
 * do: the event JSON S3 sends, an asynchronous invocation, and up to two retries when the function fails.
 */
final class S3EventDispatcher implements ObjectCreatedListener, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(S3EventDispatcher.class.getName());
    static final int MAX_RETRIES = 2;

    private final List<FunctionInvoker> targets;
    private final String region;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "kai-s3-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis());

    S3EventDispatcher(List<FunctionInvoker> targets, String region) {
        this.targets = targets;
        this.region = region;
    }

    @Override
    public void objectCreated(String eventName, String bucket, String key, long size, String etag) {
        String event = eventJson(eventName, bucket, key, size, etag);
        for (FunctionInvoker target : targets) {
            Trigger.ObjectCreated trigger = (Trigger.ObjectCreated) target.spec().trigger();
            if (key.startsWith(trigger.keyPrefix()) && key.endsWith(trigger.keySuffix())) {
                inFlight.incrementAndGet();
                executor.submit(() -> deliver(target, event, key));
            }
        }
    }

    /** Waits until every announced event has been handled (tests and demos). */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (inFlight.get() > 0) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private void deliver(FunctionInvoker target, String event, String key) {
        try {
            for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
                try {
                    target.invoke(event, new LocalContext(target.spec()));
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, target.spec().name() + " failed on " + key + " (attempt " + (attempt + 1) + ")", e);
                    sleep(1000L * (attempt + 1));
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    String eventJson(String eventName, String bucket, String key, long size, String etag) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", size);
        object.put("eTag", etag);
        object.put("sequencer", Long.toHexString(sequencer.incrementAndGet()).toUpperCase());
        Map<String, Object> s3 = new LinkedHashMap<>();
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "kai-ingest");
        s3.put("bucket", Map.of("name", bucket, "ownerIdentity", Map.of("principalId", "local"), "arn", "arn:aws:s3:::" + bucket));
        s3.put("object", object);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", eventName);
        record.put("userIdentity", Map.of("principalId", "local"));
        record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
        record.put("responseElements", Map.of("x-amz-request-id", UUID.randomUUID().toString(), "x-amz-id-2", "local"));
        record.put("s3", s3);
        // S3's own field names are camelCase: write the map as is (no snake_case bean naming applies to maps)
        return Json.write(Map.of("Records", List.of(record)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
