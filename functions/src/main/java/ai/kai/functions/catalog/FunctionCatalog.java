package ai.kai.functions.catalog;

import static ai.kai.functions.catalog.Access.BLOB_DELETE;
import static ai.kai.functions.catalog.Access.BLOB_READ;
import static ai.kai.functions.catalog.Access.BLOB_WRITE;
import static ai.kai.functions.catalog.Access.METADATA_READ;
import static ai.kai.functions.catalog.Access.METADATA_WRITE;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ai.kai.functions.analytics.AnomaliesHandler;
import ai.kai.functions.analytics.ForecastHandler;
import ai.kai.functions.analytics.StatisticsHandler;
import ai.kai.functions.files.CleanFileHandler;
import ai.kai.functions.files.DeleteFileHandler;
import ai.kai.functions.files.GetFileHandler;
import ai.kai.functions.files.GetFileProfileHandler;
import ai.kai.functions.files.IngestFileHandler;
import ai.kai.functions.files.ListFilesHandler;
import ai.kai.functions.files.QueryFileHandler;
import ai.kai.functions.files.UploadFileHandler;
import ai.kai.functions.profile.ProfileHandler;
import ai.kai.functions.system.HealthHandler;
import ai.kai.functions.system.OpenApiHandler;

/**
 * Every function of KAI, listed once. infra/ (CDK) deploys exactly these; local-dev/ routes and triggers
 * exactly these; the OpenAPI document is generated from them. Class literals do not initialise the handlers.
 */
public final class FunctionCatalog {
    public static final String API_PREFIX = "/api/v2";
    /** API Gateway stops waiting after 30 s; HTTP functions end before that. */
    static final int HTTP_TIMEOUT = 29;

    private static final List<FunctionSpec> ALL = List.of(
            http("kai-health", "Liveness of the API", "GET", "/health", false, HealthHandler.class, 512, Set.of()),
            http("kai-openapi", "This API's OpenAPI 3 document", "GET", "/openapi.json", false, OpenApiHandler.class,
                    512, Set.of()),
            http("kai-files-upload", "Upload a file: inline (small) or through a presigned PUT (large)", "POST",
                    "/files/upload", true, UploadFileHandler.class, 1024, Set.of(BLOB_WRITE, METADATA_READ, METADATA_WRITE)),
            http("kai-files-list", "List the tenant's files, newest first, paginated", "GET", "/files", true,
                    ListFilesHandler.class, 512, Set.of(METADATA_READ)),
            http("kai-files-get", "A file's status, schema, row count and preview rows", "GET", "/files/{file_id}",
                    true, GetFileHandler.class, 512, Set.of(METADATA_READ)),
            http("kai-files-query", "Run one read-only DuckDB SQL statement over a file (table 'data')", "POST",
                    "/files/{file_id}/query", true, QueryFileHandler.class, 2048, Set.of(BLOB_READ, METADATA_READ))
                    .withDuckDb(),
            http("kai-files-clean", "Clean a file into a new version (missing values, types, duplicates, …)", "POST",
                    "/files/{file_id}/clean", true, CleanFileHandler.class, 2048,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ, METADATA_WRITE)).withDuckDb(),
            http("kai-files-profile", "The profile made at ingest (JSON, or ?format=html for the report)", "GET",
                    "/files/{file_id}/profile", true, GetFileProfileHandler.class, 512, Set.of(BLOB_READ, METADATA_READ)),
            http("kai-analytics-profile", "Profile inline rows or a file (recomputed and stored)", "POST",
                    "/analytics/profile", true, ProfileHandler.class, 2048,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ, METADATA_WRITE)).withDuckDb(),
            http("kai-analytics-statistics", "Statistical tests, descriptive statistics and correlations of inline rows "
                    + "or a file", "POST", "/analytics/statistics", true, StatisticsHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-analytics-forecast", "Forecast a time series of inline rows or a file, with prediction intervals",
                    "POST", "/analytics/forecast", true, ForecastHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-analytics-anomalies", "Detect anomalies in a column of inline rows or a file", "POST",
                    "/analytics/anomalies", true, AnomaliesHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-files-delete", "Delete a file: its objects and its record", "DELETE", "/files/{file_id}", true,
                    DeleteFileHandler.class, 512, Set.of(BLOB_DELETE, BLOB_READ, METADATA_READ, METADATA_WRITE)),
            new FunctionSpec("kai-files-ingest", "Convert an uploaded original into its stored form when it lands",
                    new Trigger.ObjectCreated("tenants/", ""), IngestFileHandler.class, Artifact.INGEST, 3008, 900,
                    FunctionSpec.DEFAULT_EPHEMERAL_MB, true, Set.of(BLOB_READ, BLOB_WRITE, BLOB_DELETE, METADATA_READ, METADATA_WRITE)));

    private FunctionCatalog() {
    }

    public static List<FunctionSpec> all() {
        return ALL;
    }

    public static List<FunctionSpec> http() {
        return ALL.stream().filter(FunctionSpec::isHttp).toList();
    }

    public static Optional<FunctionSpec> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static FunctionSpec http(String name, String summary, String method, String path, boolean authenticated,
                                     Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                     int memoryMb, Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, authenticated), handler,
                Artifact.FILES, memoryMb, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }
}
