package ai.kai.functions.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/**
 * SnapStart priming (DESIGN D3): before the snapshot, each handler runs once on a synthetic event that touches
 * its code paths without side effects (class loading, JSON mappers, JIT), and DuckDB's native library is loaded.
 * Resources are held strongly here because CRaC keeps only weak references.
 */
public final class Priming {
    private static final Logger LOG = Logger.getLogger(Priming.class.getName());
    private static final List<Resource> RESOURCES = new CopyOnWriteArrayList<>();

    private Priming() {
    }

    /** Registers a handler to be invoked once on {@code event} before the snapshot is taken. */
    public static <I> void register(RequestHandler<I, ?> handler, I syntheticEvent, Runnable... extra) {
        Resource resource = new Resource() {
            @Override
            public void beforeCheckpoint(Context<? extends Resource> context) {
                prime(handler, syntheticEvent, extra);
            }

            @Override
            public void afterRestore(Context<? extends Resource> context) {
                // nothing unique was cached: ids, temp paths and credentials are created per request
            }
        };
        RESOURCES.add(resource);
        Core.getGlobalContext().register(resource);
    }

    /** Runs the priming work now; also what local benchmarks call to measure a primed start. */
    public static <I> void prime(RequestHandler<I, ?> handler, I syntheticEvent, Runnable... extra) {
        try {
            for (Runnable r : extra) {
                r.run();
            }
            handler.handleRequest(syntheticEvent, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "priming failed; the function will warm up on its first request", e);
        }
    }

    /** An unauthenticated request to the given route: it exercises parsing and the error path, and writes nothing. */
    public static APIGatewayV2HTTPEvent anonymousRequest(String method, String path, Map<String, String> pathParameters,
                                                         String body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withRequestId("priming").build();
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context)
                .withPathParameters(pathParameters).withHeaders(Map.of("content-type", "application/json"))
                .withBody(body).withIsBase64Encoded(false).build();
    }
}
