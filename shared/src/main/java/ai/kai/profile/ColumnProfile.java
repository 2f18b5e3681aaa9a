package ai.kai.profile;

import java.util.List;

/**
 * Everything the profiler reports about one column. The groups that do not apply to the column's type are
 * null: {@code numeric} for numeric types, {@code text} for strings, {@code temporal} for dates and times
 * (and for text whose every value is a date), {@code histogram} for numeric and date/time columns.
 *
 * @param dataType    DuckDB's type name, e.g. {@code BIGINT}, {@code VARCHAR}, {@code TIMESTAMP}
 * @param count       non-null values
 * @param nulls       null values
 * @param nullPercent nulls as a percentage of rows
 * @param min         smallest non-null value in the type's own order (JSON-safe: ISO text for temporals)
 * @param max         largest non-null value
 * @param topValues   the most frequent values, most frequent first (ties by value ascending); null when the
 *                    column was too large to count exactly (see {@link ProfileOptions#valueCountsMaxDistinct})
 */
public record ColumnProfile(
        String name,
        String dataType,
        SemanticType semanticType,
        long count,
        long nulls,
        double nullPercent,
        DistinctCount distinct,
        Object min,
        Object max,
        NumericStats numeric,
        TextStats text,
        TemporalStats temporal,
        Histogram histogram,
        List<TopValue> topValues) {

    public ColumnProfile {
        topValues = topValues == null ? null : List.copyOf(topValues);
    }
}
