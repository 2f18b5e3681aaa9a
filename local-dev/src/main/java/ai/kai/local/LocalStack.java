package ai.kai.local;



import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.config.KaiConfig;
import ai.kai.functions.catalog.FunctionCatalog;
import ai.kai.functions.catalog.FunctionSpec;
import ai.kai.functions.catalog.Trigger;
import ai.kai.functions.runtime.NotebookServices;
import ai.kai.functions.runtime.Services;
import ai.kai.storage.DynamoMetadataStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The whole KAI stack in one JVM without Docker: DynamoDB Local, s3proxy with S3 event delivery, and an HTTP
 * gateway invoking the real handler classes of the {@link FunctionCatalog}. The functions are configured
 * exactly as in AWS, through their settings (here JVM properties instead of environment variables).
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());
    static final String BUCKET = "kai-local";
    static final String TABLE = "kai-local-metadata";
    static final String REGION = "us-east-1";

    private final DynamoDbLocalServer dynamo;
    private final S3Server s3;
    private final S3EventDispatcher dispatcher;
    private final HttpGateway gateway;
    private final LocalTokens tokens;
    private final LocalSchedulerStack schedules;
    private LambdaInvokeServer lambda;
    private final CountDownLatch closed = new CountDownLatch(1);

    private LocalStack(DynamoDbLocalServer dynamo, S3Server s3, S3EventDispatcher dispatcher, HttpGateway gateway,
                       LocalTokens tokens, LocalSchedulerStack schedules) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.dispatcher = dispatcher;
        this.gateway = gateway;
        this.tokens = tokens;
        this.schedules = schedules;
    }

    public static LocalStack start(LocalStackOptions options) {
        Path dataDir = options.dataDir().toAbsolutePath();
        DynamoDbLocalServer dynamo = null;
        S3Server s3 = null;
        S3EventDispatcher dispatcher = null;
        LocalSchedulerStack schedules = null;
        try {
            Files.createDirectories(dataDir);
            LocalTokens tokens = LocalTokens.forDataDir(dataDir);
            List<FunctionInvoker> s3Targets = new ArrayList<>();
            RouteTable routes = new RouteTable();
            Map<String, FunctionInvoker> byName = new LinkedHashMap<>();
            List<FunctionSpec> catalog = new ArrayList<>(FunctionCatalog.all());
            catalog.addAll(options.extraFunctions());
            for (FunctionSpec spec : catalog) {
                FunctionInvoker invoker = new FunctionInvoker(spec);
                byName.put(spec.name(), invoker);
                switch (spec.trigger()) {
                    case Trigger.Http http -> routes.add(invoker, http);
                    case Trigger.ObjectCreated created -> s3Targets.add(invoker);
                    case Trigger.Scheduled scheduled -> LOG.fine(() -> spec.name() + " runs on schedules");
                }
            }
            dispatcher = new S3EventDispatcher(s3Targets, REGION);
            dynamo = DynamoDbLocalServer.start(dataDir, options.persistent());
            s3 = S3Server.start(dataDir, dispatcher);
            schedules = LocalSchedulerStack.start(dataDir, options.persistent(), byName, options.clock(), REGION);
            LambdaInvokeServer lambda = new LambdaInvokeServer(byName);
            configureFunctions(dataDir, s3.endpoint(), dynamo.endpoint());
            NotebookServices.useClock(options.clock());
            schedules.configureFunctions();
            System.setProperty("kai.lambda.endpoint", lambda.endpoint());
            createBucketAndTable(s3.endpoint(), dynamo.endpoint());
            HttpGateway gateway = new HttpGateway(options.port(), routes, tokens);
            gateway.start();
            LocalStack stack = new LocalStack(dynamo, s3, dispatcher, gateway, tokens, schedules);
            stack.lambda = lambda;
            return stack;
        } catch (Exception e) {
            closeQuietly(schedules);
            closeQuietly(dispatcher);
            closeQuietly(s3);
            closeQuietly(dynamo);
            if (e instanceof java.net.BindException || e.getCause() instanceof java.net.BindException) {
                throw new IllegalStateException("port " + options.port() + " is in use; choose another with --port", e);
            }
            throw new IllegalStateException("the local stack failed to start: " + e.getMessage(), e);
        }
    }

    /** What Lambda's environment variables carry in AWS, for the handlers in this JVM. */
    private static void configureFunctions(Path dataDir, String s3Endpoint, String dynamoEndpoint) {
        System.setProperty("kai.bucket", BUCKET);
        System.setProperty("kai.table", TABLE);
        System.setProperty("aws.region", REGION);
        System.setProperty("kai.s3.endpoint", s3Endpoint);
        System.setProperty("kai.dynamodb.endpoint", dynamoEndpoint);
        System.setProperty("kai.cache.dir", dataDir.resolve("function-tmp").toString());
        System.setProperty("kai.secrets.key.file", dataDir.resolve("secrets.key").toString());
        System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
        Services.reset();
    }

    private static void createBucketAndTable(String s3Endpoint, String dynamoEndpoint) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY));
        try (S3Client s3 = S3Client.builder().region(Region.of(REGION)).credentialsProvider(credentials)
                .endpointOverride(URI.create(s3Endpoint)).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
             DynamoDbClient dynamo = DynamoDbClient.builder().region(Region.of(REGION)).credentialsProvider(credentials)
                     .endpointOverride(URI.create(dynamoEndpoint)).httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            try {
                s3.createBucket(b -> b.bucket(BUCKET));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // persistent data dir: kept from the last run
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
            DynamoMetadataStore.ensureTable(dynamo, TABLE);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    public String tokenFor(String tenant) {
        return tokens.mint(tenant);
    }

    /** The settings the functions in this JVM run with. */
    public KaiConfig functionConfig() {
        return KaiConfig.fromEnvironment();
    }

    /** The local EventBridge Scheduler's firing side: tests move their clock and call {@code tick()}. */
    public LocalScheduler scheduler() {
        return schedules.scheduler();
    }

    /** The local EventBridge Scheduler API endpoint ({@code KAI_SCHEDULER_ENDPOINT} of the functions). */
    public URI schedulerEndpoint() {
        return URI.create(schedules.endpoint());
    }

    /** Waits until every S3 event delivered so far has been handled. */
    public boolean awaitEventsHandled(long timeoutMillis) throws InterruptedException {
        return dispatcher.awaitIdle(timeoutMillis);
    }

    public void awaitTermination() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        gateway.close();
        closeQuietly(schedules);
        closeQuietly(lambda);
        closeQuietly(dispatcher);
        closeQuietly(s3);
        closeQuietly(dynamo);
        closed.countDown();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "while stopping", e);
        }
    }

}
