package ai.kai.functions.catalog;

/**
 * The deployable jars (DESIGN D4), grouped by dependency footprint. Each is built by functions/pom.xml as the
 * shaded jar with the given classifier; DuckDB is not inside but in the shared layer, which only the functions
 * that use it ({@link FunctionSpec#usesDuckDb()}) get.
 */
public enum Artifact {
    /** The HTTP file functions: upload, list, get, query, delete, health, OpenAPI. */
    FILES("files"),
    /** Ingest: every file reader (POI for Excel). */
    INGEST("ingest"),
    /** The connection functions: JDBC drivers, HikariCP, KMS, BigQuery; not Snowflake's driver (94 MB). */
    CONNECTORS("connectors"),
    /** Charts: figures, themes, recommendations and exports (PDFBox, plotly.js for offline HTML; no POI). */
    CHARTS("charts"),
    /** Statistics, forecasts and anomaly detection: Commons Math, no POI. */
    ANALYTICS("analytics"),
    /** Memory, skills and stored semantic layers: the quantized MiniLM model, ONNX Runtime and the tokenizer (linux-arm64 natives only). */
    KNOWLEDGE("knowledge"),
    /** Notebooks and their runner: analytics (Commons Math), charts and PDF rendering (PDFBox), YAML; no POI. */
    NOTEBOOKS("notebooks"),
    /** The analysis agent: langchain4j chat models and the tools' libraries (Commons Math, the chart builders). */
    AGENT("agent");

    private final String classifier;

    Artifact(String classifier) {
        this.classifier = classifier;
    }

    public String classifier() {
        return classifier;
    }

    /** The file name under functions/target/. */
    public String jarName(String version) {
        return "kai-functions-" + version + "-" + classifier + ".jar";
    }
}
