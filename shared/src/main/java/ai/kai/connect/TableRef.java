package ai.kai.connect;

/** A table or view: its schema (dataset, database), name and kind ({@code TABLE}, {@code VIEW}, ...). */
public record TableRef(String schema, String name, String kind) {
}
