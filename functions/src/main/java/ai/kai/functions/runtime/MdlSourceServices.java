package ai.kai.functions.runtime;

import ai.kai.knowledge.mdl.MdlSources;
import ai.kai.query.QueryEngine;

/**
 * The data behind semantic layers for the drafting and validating functions, which ship in the connectors' jar:
 * files through the query sandbox, connections through the connection manager (built only when one is used).
 * No embedding model here.
 */
public final class MdlSourceServices {
    private static MdlSources sources;
    private static Services owner;

    private MdlSourceServices() {
    }

    public static synchronized MdlSources get() {
        Services services = Services.get();
        if (sources == null || owner != services) {
            sources = new MdlSources(services.files(), services.blobs(), services.datasetCache(),
                    new QueryEngine(services.config()), services.profiler(), ConnectionServices::manager);
            owner = services;
        }
        return sources;
    }
}
