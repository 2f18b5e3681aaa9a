package ai.kai.profile;

import java.util.List;

/**
 * Equal-width bins over a column's range, with the "nice" edges of DuckDB's {@code equi_width_bins}. The first
 * bin is closed, {@code [lower, upper]}, every later bin is {@code (lower, upper]}. Bounds are numbers, or
 * ISO-8601 text for date/time columns.
 */
public record Histogram(List<Bin> bins) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    public record Bin(Object lower, Object upper, long count) {
    }
}
