package ai.kai.timeseries;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The regular grid of periods from the first observation to the last at one frequency. Observations are placed
 * in the period that contains them; the grid also names future periods.
 */
public final class PeriodGrid {
    /** More points than this is almost always a wrong frequency (for example yearly dates read as hourly). */
    public static final int MAX_POINTS = 200_000;

    private final Frequency frequency;
    private final LocalDateTime anchor;
    private final int size;

    private PeriodGrid(Frequency frequency, LocalDateTime anchor, int size) {
        this.frequency = frequency;
        this.anchor = anchor;
        this.size = size;
    }

    /** The grid from the earliest to the latest of {@code times} (which must not be empty). */
    public static PeriodGrid covering(List<LocalDateTime> times, Frequency frequency) {
        LocalDateTime first = times.stream().min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime last = times.stream().max(LocalDateTime::compareTo).orElseThrow();
        long span = frequency.periodIndex(first, last) + 1;
        if (span > MAX_POINTS) {
            throw new KaiException(ErrorCode.FORECAST_INVALID_REQUEST, "from " + first + " to " + last + " at "
                    + frequency.label() + " frequency the series would have " + span + " points (at most "
                    + MAX_POINTS + "); check the frequency");
        }
        return new PeriodGrid(frequency, first, (int) span);
    }

    public Frequency frequency() {
        return frequency;
    }

    public int size() {
        return size;
    }

    /** The label of period {@code k}; negative and beyond-the-end indices name past and future periods. */
    public LocalDateTime time(int k) {
        return frequency.step(anchor, k);
    }

    public int indexOf(LocalDateTime t) {
        return (int) frequency.periodIndex(anchor, t);
    }

    public List<LocalDateTime> times() {
        return range(0, size);
    }

    public List<LocalDateTime> future(int periods) {
        return range(size, size + periods);
    }

    private List<LocalDateTime> range(int from, int to) {
        List<LocalDateTime> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(time(k));
        }
        return out;
    }

    /**
     * Means of the values that fall in each period; NaN where a period has none. Null values are skipped.
     * {@code times} and {@code values} have equal length and the times lie on this grid's span.
     */
    public Column aggregate(List<LocalDateTime> times, List<Double> values) {
        double[] sums = new double[size];
        int[] counts = new int[size];
        for (int i = 0; i < times.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                continue;
            }
            int k = indexOf(times.get(i));
            sums[k] += v;
            counts[k]++;
        }
        double[] means = new double[size];
        int merged = 0;
        int periodsWithDuplicates = 0;
        for (int k = 0; k < size; k++) {
            means[k] = counts[k] == 0 ? Double.NaN : sums[k] / counts[k];
            if (counts[k] > 1) {
                merged += counts[k] - 1;
                periodsWithDuplicates++;
            }
        }
        return new Column(means, merged, periodsWithDuplicates);
    }

    /** One aggregated column: NaN marks an empty period. */
    public record Column(double[] values, int mergedObservations, int periodsWithDuplicates) {
    }
}
