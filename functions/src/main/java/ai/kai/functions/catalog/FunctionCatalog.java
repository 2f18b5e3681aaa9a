package ai.kai.functions.catalog;

import static ai.kai.functions.catalog.Access.AGENT_QUEUE;
import static ai.kai.functions.catalog.Access.BLOB_DELETE;
import static ai.kai.functions.catalog.Access.BLOB_READ;
import static ai.kai.functions.catalog.Access.BLOB_WRITE;
import static ai.kai.functions.catalog.Access.INVOKE_NOTEBOOK_RUNNER;
import static ai.kai.functions.catalog.Access.METADATA_READ;
import static ai.kai.functions.catalog.Access.LLM_SECRET;
import static ai.kai.functions.catalog.Access.METADATA_WRITE;
import static ai.kai.functions.catalog.Access.SCHEDULES;
import static ai.kai.functions.catalog.Access.SECRETS_OPEN;
import static ai.kai.functions.catalog.Access.SECRETS_SEAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ai.kai.functions.runtime.NotebookServices;

import ai.kai.agent.AgentRuns;
import ai.kai.functions.agent.AgentRunWorkerHandler;
import ai.kai.functions.agent.AnalyzeFileHandler;
import ai.kai.functions.agent.CreateAgentRunHandler;
import ai.kai.functions.agent.GetAnalysisHandler;
import ai.kai.functions.connections.ConnectionSchemaHandler;
import ai.kai.functions.connections.CreateConnectionHandler;
import ai.kai.functions.connections.DeleteConnectionHandler;
import ai.kai.functions.connections.GetConnectionHandler;
import ai.kai.functions.connections.ListConnectionsHandler;
import ai.kai.functions.connections.QueryConnectionHandler;
import ai.kai.functions.connections.TestConnectionHandler;
import ai.kai.functions.charts.CreateThemeHandler;
import ai.kai.functions.charts.DeleteThemeHandler;
import ai.kai.functions.charts.ExportVisualizationHandler;
import ai.kai.functions.charts.GenerateVisualizationHandler;
import ai.kai.functions.charts.GetVisualizationHandler;
import ai.kai.functions.charts.ListThemesHandler;
import ai.kai.functions.charts.RecommendVisualizationHandler;
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
import ai.kai.functions.knowledge.CreateSkillHandler;
import ai.kai.functions.knowledge.DeleteMemoryHandler;
import ai.kai.functions.knowledge.DeleteSkillHandler;
import ai.kai.functions.knowledge.GenerateMdlHandler;
import ai.kai.functions.knowledge.GetMdlHandler;
import ai.kai.functions.knowledge.GetSkillHandler;
import ai.kai.functions.knowledge.ListMemoryHandler;
import ai.kai.functions.knowledge.ListSkillsHandler;
import ai.kai.functions.knowledge.PutMdlHandler;
import ai.kai.functions.knowledge.RememberHandler;
import ai.kai.functions.knowledge.SearchMemoryHandler;
import ai.kai.functions.knowledge.SearchSkillsHandler;
import ai.kai.functions.knowledge.ValidateMdlHandler;
import ai.kai.functions.notebooks.CreateNotebookHandler;
import ai.kai.functions.notebooks.DeleteNotebookHandler;
import ai.kai.functions.notebooks.DeleteScheduleHandler;
import ai.kai.functions.notebooks.FromTemplateHandler;
import ai.kai.functions.notebooks.GetNotebookHandler;
import ai.kai.functions.notebooks.GetRunHandler;
import ai.kai.functions.notebooks.GetScheduleHandler;
import ai.kai.functions.notebooks.ListNotebooksHandler;
import ai.kai.functions.notebooks.ListRunsHandler;
import ai.kai.functions.notebooks.ListTemplatesHandler;
import ai.kai.functions.notebooks.NotebookRunnerHandler;
import ai.kai.functions.notebooks.PutScheduleHandler;
import ai.kai.functions.notebooks.RunNotebookHandler;
import ai.kai.functions.notebooks.RunReportHandler;
import ai.kai.functions.notebooks.UpdateNotebookHandler;
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
            http("kai-analytics-profile", "Profile inline rows, a file (recomputed and stored) or a connection's query",
                    "POST", "/analytics/profile", true, ProfileHandler.class, 2048,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ, METADATA_WRITE, SECRETS_OPEN)).withDuckDb()
                    .withArtifact(Artifact.ANALYTICS),
            http("kai-analytics-statistics", "Statistical tests, descriptive statistics and correlations of inline rows "
                    + "or a file", "POST", "/analytics/statistics", true, StatisticsHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-analytics-forecast", "Forecast a time series of inline rows or a file, with prediction intervals",
                    "POST", "/analytics/forecast", true, ForecastHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-analytics-anomalies", "Detect anomalies in a column of inline rows or a file", "POST",
                    "/analytics/anomalies", true, AnomaliesHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN)).withDuckDb().withArtifact(Artifact.ANALYTICS),
            http("kai-files-delete", "Delete a file: its objects and its record", "DELETE", "/files/{file_id}", true,
                    DeleteFileHandler.class, 512, Set.of(BLOB_DELETE, BLOB_READ, METADATA_READ, METADATA_WRITE)),
            connections("kai-connections-create", "Add a database connection from a URI or typed fields; secrets are sealed",
                    "POST", "/connections", CreateConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE, SECRETS_SEAL)),
            connections("kai-connections-create-bigquery", "Add a BigQuery connection (service-account JSON credentials)",
                    "POST", "/connections/bigquery", CreateConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE, SECRETS_SEAL)),
            connections("kai-connections-create-snowflake", "Add a Snowflake connection (password or key pair)",
                    "POST", "/connections/snowflake", CreateConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE, SECRETS_SEAL)),
            connections("kai-connections-create-redshift", "Add a Redshift connection", "POST", "/connections/redshift",
                    CreateConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE, SECRETS_SEAL)),
            connections("kai-connections-create-duckdb", "Add a connection to a DuckDB file in the tenant's storage",
                    "POST", "/connections/duckdb", CreateConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE, SECRETS_SEAL)),
            connections("kai-connections-list", "List the tenant's connections (URIs redacted)", "GET", "/connections",
                    ListConnectionsHandler.class, Set.of(METADATA_READ)),
            connections("kai-connections-get", "A connection: type, redacted URI, settings, credential names", "GET",
                    "/connections/{alias}", GetConnectionHandler.class, Set.of(METADATA_READ)),
            connections("kai-connections-test", "Connect and run the source's health check", "POST",
                    "/connections/{alias}/test", TestConnectionHandler.class, Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN)).withDuckDb(),
            connections("kai-connections-schema", "The source's schemas, tables and columns", "GET",
                    "/connections/{alias}/schema", ConnectionSchemaHandler.class, Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN)).withDuckDb(),
            connections("kai-connections-query", "Run one read-only SQL statement on the source (dialect of the source)",
                    "POST", "/connections/{alias}/query", QueryConnectionHandler.class, Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN))
                    .withDuckDb(),
            connections("kai-connections-delete", "Delete a connection and its sealed credentials", "DELETE",
                    "/connections/{alias}", DeleteConnectionHandler.class, Set.of(METADATA_READ, METADATA_WRITE)),
            chart("kai-viz-generate", "Generate a chart (Plotly figure) from inline rows, a file or a query over it",
                    "POST", "/visualizations/generate", GenerateVisualizationHandler.class, 2048,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ, METADATA_WRITE, SECRETS_OPEN)).withDuckDb(),
            chart("kai-viz-recommend", "Chart types ranked for the data and an intent, with reasons", "POST",
                    "/visualizations/recommend", RecommendVisualizationHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ, SECRETS_OPEN))
                    .withDuckDb(),
            chart("kai-viz-themes-list", "Chart themes: the built-in ones and the tenant's own", "GET",
                    "/visualizations/themes", ListThemesHandler.class, 512, Set.of(METADATA_READ)),
            chart("kai-viz-themes-create", "Create a custom chart theme", "POST", "/visualizations/themes",
                    CreateThemeHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE)),
            chart("kai-viz-themes-delete", "Delete a custom chart theme", "DELETE", "/visualizations/themes/{name}",
                    DeleteThemeHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE)),
            chart("kai-viz-get", "A visualization and its figure (?format=html_cdn: the light HTML page)", "GET",
                    "/visualizations/{viz_id}", GetVisualizationHandler.class, 1024, Set.of(BLOB_READ, METADATA_READ)),
            chart("kai-viz-export", "Export a visualization as PNG, SVG, PDF or HTML, answered as a presigned URL", "POST",
                    "/visualizations/{viz_id}/export", ExportVisualizationHandler.class, 2048,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ)),
            knowledge("kai-memory-remember", "Save a fact for the tenant (near-identical facts are not stored twice)", "POST",
                    "/memory", RememberHandler.class, Set.of(METADATA_READ, METADATA_WRITE)),
            knowledge("kai-memory-list", "The tenant's memories, newest first", "GET", "/memory", ListMemoryHandler.class,
                    Set.of(METADATA_READ)),
            knowledge("kai-memory-search", "Memories closest in meaning to ?q=", "GET", "/memory/search",
                    SearchMemoryHandler.class, Set.of(METADATA_READ)),
            knowledge("kai-memory-delete", "Forget one memory", "DELETE", "/memory/{memory_id}", DeleteMemoryHandler.class,
                    Set.of(METADATA_READ, METADATA_WRITE)),
            knowledge("kai-skills-create", "Add a skill: a Markdown playbook with front matter (name, description, tags)",
                    "POST", "/skills", CreateSkillHandler.class, Set.of(METADATA_READ, METADATA_WRITE)),
            knowledge("kai-skills-list", "Built-in skills and the tenant's own", "GET", "/skills", ListSkillsHandler.class,
                    Set.of(METADATA_READ)),
            knowledge("kai-skills-search", "Skills closest in meaning to ?q=", "GET", "/skills/search",
                    SearchSkillsHandler.class, Set.of(METADATA_READ)),
            knowledge("kai-skills-get", "One skill with its Markdown (?format=markdown: the file)", "GET", "/skills/{name}",
                    GetSkillHandler.class, Set.of(METADATA_READ)),
            knowledge("kai-skills-delete", "Delete one of the tenant's skills", "DELETE", "/skills/{name}",
                    DeleteSkillHandler.class, Set.of(METADATA_READ, METADATA_WRITE)),
            knowledge("kai-mdl-put", "Store or replace the semantic layer (YAML) of a file or connection", "PUT",
                    "/mdl/{source}", PutMdlHandler.class, Set.of(METADATA_READ, METADATA_WRITE)),
            knowledge("kai-mdl-get", "A stored semantic layer (?format=yaml: the YAML)", "GET", "/mdl/{source}",
                    GetMdlHandler.class, Set.of(METADATA_READ)),
            connections("kai-mdl-generate", "Draft a semantic layer from a file's profile or a connection table's schema",
                    "POST", "/mdl/generate", GenerateMdlHandler.class, Set.of(BLOB_READ, METADATA_READ)).withDuckDb(),
            connections("kai-mdl-validate", "Check a semantic layer against its data (columns, metrics, relationships)",
                    "POST", "/mdl/{source}/validate", ValidateMdlHandler.class, Set.of(BLOB_READ, METADATA_READ)).withDuckDb(),
            notebook("kai-notebooks-create", "Create a notebook from JSON (or YAML)", "POST", "/notebooks",
                    CreateNotebookHandler.class, 1024, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-import", "Import a notebook written in YAML (the template format)", "POST",
                    "/notebooks/import", CreateNotebookHandler.class, 1024, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-list", "List the tenant's notebooks (?tag=)", "GET", "/notebooks",
                    ListNotebooksHandler.class, 512, Set.of(METADATA_READ)),
            notebook("kai-notebooks-templates", "The notebook templates", "GET", "/notebooks/templates",
                    ListTemplatesHandler.class, 512, Set.of()),
            notebook("kai-notebooks-from-template", "Create a notebook from a template for a file", "POST",
                    "/notebooks/from-template", FromTemplateHandler.class, 1024, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-get", "A notebook by id or name (?format=yaml: its YAML)", "GET",
                    "/notebooks/{notebook_id}", GetNotebookHandler.class, 512, Set.of(METADATA_READ)),
            notebook("kai-notebooks-update", "Replace a notebook's parameters and cells", "PUT", "/notebooks/{notebook_id}",
                    UpdateNotebookHandler.class, 1024, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-delete", "Delete a notebook, its runs and their results", "DELETE",
                    "/notebooks/{notebook_id}", DeleteNotebookHandler.class, 512,
                    Set.of(METADATA_READ, METADATA_WRITE, BLOB_READ, BLOB_DELETE)),
            notebook("kai-notebooks-run", "Start a run (202 with its run id); the runner does the work", "POST",
                    "/notebooks/{notebook_id}/run", RunNotebookHandler.class, 512,
                    Set.of(METADATA_READ, METADATA_WRITE, INVOKE_NOTEBOOK_RUNNER)),
            notebook("kai-notebooks-runs", "A notebook's runs, newest first", "GET", "/notebooks/{notebook_id}/runs",
                    ListRunsHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-run-get", "A run with per-cell progress", "GET", "/notebooks/{notebook_id}/runs/{run_id}",
                    GetRunHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE)),
            notebook("kai-notebooks-report", "A run's report as HTML or PDF (presigned URL), or its model (json)", "GET",
                    "/notebooks/{notebook_id}/runs/{run_id}/report", RunReportHandler.class, 2048,
                    Set.of(METADATA_READ, METADATA_WRITE, BLOB_READ, BLOB_WRITE)),
            notebook("kai-notebooks-schedule-put", "Schedule a notebook (cron or rate, time zone, fixed parameters)", "POST",
                    "/notebooks/{notebook_id}/schedule", PutScheduleHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE, SCHEDULES)),
            notebook("kai-notebooks-schedule-get", "A notebook's schedule and next runs", "GET",
                    "/notebooks/{notebook_id}/schedule", GetScheduleHandler.class, 512, Set.of(METADATA_READ, SCHEDULES)),
            notebook("kai-notebooks-schedule-delete", "Stop a notebook's scheduled runs", "DELETE",
                    "/notebooks/{notebook_id}/schedule", DeleteScheduleHandler.class, 512, Set.of(METADATA_READ, METADATA_WRITE, SCHEDULES)),
            new FunctionSpec(NotebookServices.RUNNER, "Run a notebook's cells (manual runs and EventBridge schedules)",
                    new Trigger.Scheduled(), NotebookRunnerHandler.class, Artifact.NOTEBOOKS, 3008,
                    NotebookServices.RUNNER_TIMEOUT_SECONDS, FunctionSpec.DEFAULT_EPHEMERAL_MB, true,
                    Set.of(BLOB_READ, BLOB_WRITE, METADATA_READ, METADATA_WRITE, INVOKE_NOTEBOOK_RUNNER)),
            agent("kai-files-analyze", "Answer a question about a file in plain language within the request (the agent)",
                    "POST", "/files/{file_id}/analyze", AnalyzeFileHandler.class, 2048,
                    Set.of(BLOB_READ, METADATA_READ, LLM_SECRET)).withDuckDb(),
            agent("kai-agent-runs-create", "Start a background analysis of a file or connection (question, optional session): 202 "
                    + "with a task id to poll", "POST", "/agent/runs", CreateAgentRunHandler.class, 512,
                    Set.of(METADATA_READ, METADATA_WRITE, AGENT_QUEUE, LLM_SECRET, SECRETS_OPEN)),
            agent("kai-analysis-get", "A background analysis: status, steps so far (thinking, SQL, result, answer)",
                    "GET", "/analysis/{task_id}", GetAnalysisHandler.class, 512, Set.of(METADATA_READ)),
            new FunctionSpec("kai-agent-worker", "Run a queued analysis task when its marker lands under agent-runs/",
                    new Trigger.ObjectCreated(AgentRuns.QUEUE_PREFIX, ".json"), AgentRunWorkerHandler.class, Artifact.AGENT,
                    2048, 900, FunctionSpec.DEFAULT_EPHEMERAL_MB, true,
                    Set.of(BLOB_READ, METADATA_READ, METADATA_WRITE, LLM_SECRET, SECRETS_OPEN)),
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

    /** The connection functions: the connectors' jar, 1 GB (drivers, pools, result building). */
    private static FunctionSpec connections(String name, String summary, String method, String path,
                                            Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                            Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, true), handler,
                Artifact.CONNECTORS, 1024, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }

    private static FunctionSpec http(String name, String summary, String method, String path, boolean authenticated,
                                     Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                     int memoryMb, Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, authenticated), handler,
                Artifact.FILES, memoryMb, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }

    /** An authenticated HTTP function in the knowledge artifact (the embedding model), 1.5 GB for the encoder's CPU share. */
    private static FunctionSpec knowledge(String name, String summary, String method, String path,
                                          Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                          Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, true), handler,
                Artifact.KNOWLEDGE, 1536, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }

    /** An authenticated HTTP function in the notebooks artifact (the runner alone needs the DuckDB layer). */
    private static FunctionSpec notebook(String name, String summary, String method, String path,
                                         Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                         int memoryMb, Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, true), handler,
                Artifact.NOTEBOOKS, memoryMb, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }

    /** An authenticated HTTP function of the agent artifact (langchain4j). */
    private static FunctionSpec agent(String name, String summary, String method, String path,
                                      Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                      int memoryMb, Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, true), handler,
                Artifact.AGENT, memoryMb, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }

    /** An authenticated HTTP function in the charts artifact, the only one carrying the renderers and plotly.js. */
    private static FunctionSpec chart(String name, String summary, String method, String path,
                                      Class<? extends com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>> handler,
                                      int memoryMb, Set<Access> access) {
        return new FunctionSpec(name, summary, new Trigger.Http(method, API_PREFIX + path, true), handler,
                Artifact.CHARTS, memoryMb, HTTP_TIMEOUT, FunctionSpec.DEFAULT_EPHEMERAL_MB, false, access);
    }
}
