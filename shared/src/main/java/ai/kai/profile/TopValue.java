package ai.kai.profile;

/** A frequent value, its count, and its share of the column's non-null values in percent. */
public record TopValue(Object value, long count, double percent) {
}
