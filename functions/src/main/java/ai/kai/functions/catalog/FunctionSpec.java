package ai.kai.functions.catalog;

import java.util.Set;

import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * One function of the system: what triggers it, which class handles it, its memory, time and /tmp budget,
 * whether it needs the DuckDB layer, and what data it may touch.
 */
public record FunctionSpec(
        String name,
        String summary,
        Trigger trigger,
        Class<? extends RequestHandler<?, ?>> handlerClass,
        Artifact artifact,
        int memoryMb,
        int timeoutSeconds,
        int ephemeralStorageMb,
        boolean usesDuckDb,
        Set<Access> access) {
    /** Lambda's default /tmp size, and the most SnapStart allows (CDK refuses more at synth time). */
    public static final int DEFAULT_EPHEMERAL_MB = 512;
    /** What a deployed function accepts as one upload: original, DuckDB file and Parquet must fit in /tmp. */
    public static final long DEPLOYED_MAX_UPLOAD_BYTES = 150L * 1024 * 1024;

    /** Lambda's handler string. */
    public String handler() {
        return handlerClass.getName() + "::handleRequest";
    }

    /** The same function with the DuckDB layer. */
    public FunctionSpec withDuckDb() {
        return new FunctionSpec(name, summary, trigger, handlerClass, artifact, memoryMb, timeoutSeconds,
                ephemeralStorageMb, true, access);
    }

    /** The same function shipped in another jar. */
    public FunctionSpec withArtifact(Artifact jar) {
        return new FunctionSpec(name, summary, trigger, handlerClass, jar, memoryMb, timeoutSeconds,
                ephemeralStorageMb, usesDuckDb, access);
    }

    public boolean isHttp() {
        return trigger instanceof Trigger.Http;
    }
}
