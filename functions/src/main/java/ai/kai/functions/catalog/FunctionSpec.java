package ai.kai.functions.catalog;

import java.util.Set;

import com.amazonaws.services.lambda.runtime.RequestHandler;

/** One function of the system: what triggers it, which class handles it, its size, and what it may touch. */
public record FunctionSpec(
        String name,
        String summary,
        Trigger trigger,
        Class<? extends RequestHandler<?, ?>> handlerClass,
        Artifact artifact,
        int memoryMb,
        int timeoutSeconds,
        Set<Access> access) {

    /** Lambda's handler string. */
    public String handler() {
        return handlerClass.getName() + "::handleRequest";
    }

    public boolean isHttp() {
        return trigger instanceof Trigger.Http;
    }
}
