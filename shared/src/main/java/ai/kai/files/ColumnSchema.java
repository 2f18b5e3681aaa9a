package ai.kai.files;

/** One column of a stored dataset: its name and DuckDB type. */
public record ColumnSchema(String name, String type) {
}
