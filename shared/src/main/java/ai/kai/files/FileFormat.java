package ai.kai.files;

/** Formats recognised by content. The ingest converts each into the stored form (DuckDB table + Parquet). */
public enum FileFormat {
    CSV("csv"), CSV_GZIP("csv.gz"), PARQUET("parquet"), JSON("json"), XLSX("xlsx");

    private final String wire;

    FileFormat(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The format a file name promises, if its extension is one we know. */
    public static java.util.Optional<FileFormat> fromExtension(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".csv.gz") || n.endsWith(".tsv.gz") || n.endsWith(".txt.gz")) {
            return java.util.Optional.of(CSV_GZIP);
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return java.util.Optional.ofNullable(switch (ext) {
            case "csv", "tsv", "tab", "txt", "psv" -> CSV;
            case "parquet", "pq" -> PARQUET;
            case "json", "ndjson", "jsonl" -> JSON;
            case "xlsx", "xlsm" -> XLSX;
            default -> null;
        });
    }

    /** CSV and gzip'd CSV are the same kind of text table. */
    public boolean compatibleWith(FileFormat other) {
        return this == other || (isCsv() && other.isCsv());
    }

    public boolean isCsv() {
        return this == CSV || this == CSV_GZIP;
    }
}
