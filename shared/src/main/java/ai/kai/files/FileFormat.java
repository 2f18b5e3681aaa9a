package ai.kai.files;

/** Formats recognised by content. The ingest converts each into the stored form (DuckDB table + Parquet). */
public enum FileFormat {
    CSV("csv"), CSV_GZIP("csv.gz"), PARQUET("parquet"), JSON("json");

    private final String wire;

    FileFormat(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
