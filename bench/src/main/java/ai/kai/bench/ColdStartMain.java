package ai.kai.bench;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

/**
 * One cold start in a fresh JVM, as Lambda's Java runtime does it: load the handler class and call its no-arg
 * constructor (the init phase), build the event serializers, read the event JSON with Lambda's serializer,
 * call {@code handleRequest} once and write the response JSON. The parent process times the whole from spawn.
 *
 * <p>This class is the only one of the bench module on the child's classpath (the {@code coldstart} jar); the
 * rest is the function artifact, the DuckDB driver and Lambda's serializer, which the runtime itself provides.
 *
 * <pre>
 * ColdStartMain &lt;handler class&gt; &lt;event.json&gt;    one invocation
 * ColdStartMain &lt;handler class&gt; &lt;event.json&gt; &lt;priming-event.json&gt; [duckdb]
 *     first what SnapStart priming does before the snapshot (the handler on the priming event, and DuckDB's
 *     warm-up if asked), then the invocation
 * ColdStartMain --duckdb-warmup                  only load DuckDB's native library and run SELECT 42
 * </pre>
 * Prints {@code KAI_COLD main=<System.nanoTime at main> init=<ns> serde=<ns> prime=<ns> invoke=<ns>}, then
 * {@code KAI_RESPONSE <json>}, then {@code KAI_CPU <process CPU ns>} and {@code KAI_CLASSES <classes loaded>}.
 * {@code System.nanoTime} is CLOCK_MONOTONIC on Linux, so the parent can compare it with its own clock.
 */
public final class ColdStartMain {
    private ColdStartMain() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long mainEntry = System.nanoTime();
        if (args.length == 1 && args[0].equals("--duckdb-warmup")) {
            long t0 = System.nanoTime();
            duckDbWarmUp();
            report(mainEntry, System.nanoTime() - t0, 0, 0, 0, "{\"warmed\":true}");
            return;
        }
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: ColdStartMain <handler class> <event.json> [<priming-event.json> [duckdb]]"
                    + " | --duckdb-warmup");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Class<?> handlerClass = Class.forName(args[0]);
        RequestHandler<Object, Object> handler =
                (RequestHandler<Object, Object>) handlerClass.getDeclaredConstructor().newInstance();
        long t1 = System.nanoTime();
        Type[] types = requestHandlerTypes(handlerClass);
        PojoSerializer<Object> input = serializerFor((Class<Object>) types[0]);
        PojoSerializer<Object> output = serializerFor((Class<Object>) types[1]);
        long t2 = System.nanoTime();
        if (args.length >= 3) {
            prime(handler, input.fromJson(Files.readString(Path.of(args[2]))), args.length == 4 && args[3].equals("duckdb"));
        }
        long t3 = System.nanoTime();
        Object event = input.fromJson(Files.readString(Path.of(args[1])));
        Object result = handler.handleRequest(event, new InvocationContext(System.getenv("AWS_LAMBDA_FUNCTION_NAME")));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        output.toJson(result, json);
        long t4 = System.nanoTime();
        report(mainEntry, t1 - t0, t2 - t1, t3 - t2, t4 - t3, json.toString(StandardCharsets.UTF_8));
    }

    /** What {@code Priming} does in {@code beforeCheckpoint}: DuckDB's warm-up, then the handler on its event; failures ignored. */
    private static void prime(RequestHandler<Object, Object> handler, Object primingEvent, boolean duckDb) {
        try {
            if (duckDb) {
                duckDbWarmUp();
            }
            handler.handleRequest(primingEvent, null);
        } catch (RuntimeException | ReflectiveOperationException e) {
            System.err.println("priming failed: " + e);
        }
    }

    private static void duckDbWarmUp() throws ReflectiveOperationException {
        Class.forName("ai.kai.query.QueryEngine").getMethod("warmUp").invoke(null);
    }

    private static void report(long mainEntry, long init, long serde, long prime, long invoke, String response) {
        System.out.println("KAI_COLD main=" + mainEntry + " init=" + init + " serde=" + serde + " prime=" + prime
                + " invoke=" + invoke);
        System.out.println("KAI_RESPONSE " + response.replace('\n', ' '));
        System.out.flush();
        // After the response, so that what these need does not count in the timings above.
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
        System.out.println("KAI_CPU " + cpu);
        System.out.println("KAI_CLASSES " + java.lang.management.ManagementFactory.getClassLoadingMXBean()
                .getTotalLoadedClassCount());
        System.out.flush();
    }

    private static PojoSerializer<Object> serializerFor(Class<Object> type) {
        ClassLoader loader = ColdStartMain.class.getClassLoader();
        return LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, loader)
                : JacksonFactory.getInstance().getSerializer(type);
    }

    private static Type[] requestHandlerTypes(Class<?> cls) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        throw new IllegalStateException(cls.getName() + " does not implement RequestHandler<I, O>");
    }

    /** The Lambda context of the one invocation. */
    private record InvocationContext(String functionName) implements Context {
        private static final String REQUEST_ID = UUID.randomUUID().toString();
        private static final long DEADLINE = System.currentTimeMillis() + 29_000;

        @Override
        public String getAwsRequestId() {
            return REQUEST_ID;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/" + functionName;
        }

        @Override
        public String getLogStreamName() {
            return "coldstart";
        }

        @Override
        public String getFunctionName() {
            return functionName;
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:local:000000000000:function:" + functionName;
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.max(0, DEADLINE - System.currentTimeMillis());
        }

        @Override
        public int getMemoryLimitInMB() {
            String memory = System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE");
            return memory == null ? 0 : Integer.parseInt(memory);
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.println(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.println(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
