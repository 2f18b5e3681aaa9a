package ai.kai.timeseries;

import java.util.List;

/**
 * What was done to turn the caller's rows into a regular series, so that a result can say it: the frequency
 * (and whether it was inferred), how many rows shared a period and were averaged, and which empty periods
 * were filled by linear interpolation.
 */
public record SeriesReport(
        String frequency,
        boolean frequencyInferred,
        int seasonalPeriod,
        int rows,
        int missingValues,
        int points,
        String start,
        String end,
        int duplicatesAggregated,
        int periodsWithDuplicates,
        String aggregation,
        int gapsFilled,
        List<String> filledDates,
        String fillMethod) {

    /** At most this many filled dates are listed. */
    public static final int MAX_LISTED_DATES = 20;
}
