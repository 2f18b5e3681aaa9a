package ai.kai.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The part of the Lambda API the functions use to invoke each other: {@code POST /2015-03-31/functions/{name}/invocations}.
 * With {@code X-Amz-Invocation-Type: Event} it answers 202 at once and runs the catalog function on a background
 * executor, as Lambda queues an asynchronous invocation; otherwise it runs it and answers its JSON. The AWS SDK's
 * Lambda client points here on the local stack ({@code kai.lambda.endpoint}), so dispatch takes the same code path.
 */
final class LambdaInvokeServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LambdaInvokeServer.class.getName());
    private static final String PREFIX = "/2015-03-31/functions/";

    private final HttpServer server;
    private final Map<String, FunctionInvoker> functions;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kai-lambda-async");
        t.setDaemon(true);
        return t;
    });

    LambdaInvokeServer(Map<String, FunctionInvoker> functions) throws IOException {
        this.functions = Map.copyOf(functions);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "kai-lambda-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/invocations")) {
                send(exchange, 404, "{\"message\":\"unknown operation\"}");
                return;
            }
            String name = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - "/invocations".length()),
                    StandardCharsets.UTF_8);
            FunctionInvoker function = functions.get(name.contains(":") ? name.substring(0, name.indexOf(':')) : name);
            if (function == null) {
                exchange.getResponseHeaders().set("X-Amzn-ErrorType", "ResourceNotFoundException");
                send(exchange, 404, "{\"Type\":\"User\",\"message\":\"Function not found: " + name + "\"}");
                return;
            }
            String payload;
            try (InputStream in = exchange.getRequestBody()) {
                payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
            if ("Event".equalsIgnoreCase(type)) {
                background.submit(() -> invoke(function, payload));
                send(exchange, 202, "");
            } else {
                send(exchange, 200, invoke(function, payload));
            }
        }
    }

    private static String invoke(FunctionInvoker function, String payload) {
        try {
            return function.invoke(payload, new LocalContext(function.spec()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, function.spec().name() + " failed", e);
            return "{\"errorMessage\":\"the function failed\"}";
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
