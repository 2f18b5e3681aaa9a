package ai.kai.local;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import ai.kai.functions.catalog.FunctionSpec;

/**
 * Invokes one catalog function the way the Lambda Java runtime does: the handler class is instantiated once
 * (its static and constructor init are the "init phase"), the event arrives as JSON and is read with Lambda's
 * own serializers, the result is written back as JSON. Same JSON in, same JSON out as in AWS.
 */
final class FunctionInvoker {
    private final FunctionSpec spec;
    private RequestHandler<Object, Object> handler;
    private PojoSerializer<Object> input;
    private PojoSerializer<Object> output;

    FunctionInvoker(FunctionSpec spec) {
        this.spec = spec;
    }

    FunctionSpec spec() {
        return spec;
    }

    String invoke(String eventJson, LocalContext context) {
        RequestHandler<Object, Object> h = handler();
        Object event = input.fromJson(eventJson);
        Object result = h.handleRequest(event, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private synchronized RequestHandler<Object, Object> handler() {
        if (handler == null) {
            try {
                Constructor<?> constructor = spec.handlerClass().getDeclaredConstructor();
                handler = (RequestHandler<Object, Object>) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate " + spec.handler(), e);
            }
            Type[] types = requestHandlerTypes(spec.handlerClass());
            input = serializerFor((Class<Object>) types[0]);
            output = serializerFor((Class<Object>) types[1]);
        }
        return handler;
    }

    private static PojoSerializer<Object> serializerFor(Class<Object> type) {
        ClassLoader loader = FunctionInvoker.class.getClassLoader();
        return LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, loader)
                : JacksonFactory.getInstance().getSerializer(type);
    }

    /** The I and O of {@code RequestHandler<I, O>}, found through the handler's superclasses. */
    static Type[] requestHandlerTypes(Class<?> cls) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        throw new IllegalStateException(cls.getName() + " does not implement RequestHandler<I, O> with concrete types");
    }
}
