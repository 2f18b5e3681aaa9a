package ai.kai.profile;

import java.util.List;

/**
 * Equal-width bins with "nice" widths over a column's range. For whole numbers and dates both bounds are
 * inclusive ({@code [lower, upper]}, the next bin starting at {@code upper + 1}); for other numbers and for
 * timestamps a bin is {@code (lower, upper]} and the first one {@code [lower, upper]}. Bounds are numbers, or
 * ISO-8601 text for dates and timestamps.
 */
public record Histogram(List<Bin> bins) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    public record Bin(Object lower, Object upper, long count) {
    }
}
