package ai.kai.connect;

/** A column of a table as the source describes it. */
public record ColumnInfo(String name, String type, boolean nullable, int position) {
}
