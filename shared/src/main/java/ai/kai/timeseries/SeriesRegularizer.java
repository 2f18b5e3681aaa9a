package ai.kai.timeseries;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Turns (time, value) rows into a regular series: rows are sorted onto a grid of the given or inferred
 * frequency; rows that share a period are averaged; empty periods between observations are filled by linear
 * interpolation. Rows with no value count as missing. Both repairs are reported.
 */
public final class SeriesRegularizer {
    public static final String AGGREGATION = "mean";
    public static final String FILL_METHOD = "linear interpolation";

    private SeriesRegularizer() {
    }

    /**
     * @param frequency the frequency to use, or null to infer it from the spacing of the dates
     * @throws KaiException UNPARSEABLE_DATES for a missing date, NON_NUMERIC_VALUES for NaN or infinite values,
     *                      FORECAST_TOO_FEW_POINTS with fewer than two observed dates, FORECAST_FREQUENCY_UNKNOWN
     *                      when the spacing matches no frequency
     */
    public static RegularSeries regularize(List<LocalDateTime> times, List<Double> values, Frequency frequency) {
        checkShape(times, values);
        List<LocalDateTime> observed = new ArrayList<>();
        List<Double> observedValues = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            if (values.get(i) != null) {
                observed.add(times.get(i));
                observedValues.add(values.get(i));
            }
        }
        List<LocalDateTime> distinct = observed.stream().distinct().sorted().toList();
        if (distinct.size() < 2) {
            throw new KaiException(ErrorCode.FORECAST_TOO_FEW_POINTS, "the series has " + distinct.size()
                    + " observed date(s); at least two are needed, and more for a useful forecast");
        }
        Frequency used = frequency != null ? frequency : FrequencyInference.infer(distinct);
        PeriodGrid grid = PeriodGrid.covering(observed, used);
        PeriodGrid.Column column = grid.aggregate(observed, observedValues);
        double[] raw = column.values();
        List<String> filled = new ArrayList<>();
        int gaps = 0;
        for (int k = 0; k < raw.length; k++) {
            if (Double.isNaN(raw[k])) {
                gaps++;
                if (filled.size() < SeriesReport.MAX_LISTED_DATES) {
                    filled.add(used.format(grid.time(k)));
                }
            }
        }
        double[] regular = Interpolation.linear(raw);
        SeriesReport report = new SeriesReport(used.label(), frequency == null, used.seasonalPeriod(),
                times.size(), times.size() - observed.size(), regular.length,
                used.format(grid.time(0)), used.format(grid.time(grid.size() - 1)),
                column.mergedObservations(), column.periodsWithDuplicates(), AGGREGATION, gaps,
                List.copyOf(filled), FILL_METHOD);
        return new RegularSeries(grid, regular, report);
    }

    private static void checkShape(List<LocalDateTime> times, List<Double> values) {
        if (times == null || values == null || times.isEmpty()) {
            throw new KaiException(ErrorCode.FORECAST_TOO_FEW_POINTS, "the series is empty: give dates and values");
        }
        if (times.size() != values.size()) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "there are " + times.size()
                    + " dates but " + values.size() + " values; each date needs one value");
        }
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i) == null) {
                throw new KaiException(ErrorCode.UNPARSEABLE_DATES, "row " + (i + 1) + " has no date");
            }
            Double v = values.get(i);
            if (v != null && !Double.isFinite(v)) {
                throw new KaiException(ErrorCode.NON_NUMERIC_VALUES,
                        "row " + (i + 1) + " has the value " + v + "; values must be finite numbers");
            }
        }
    }
}
