package ai.kai.chart.figure;

import java.util.Arrays;

import ai.kai.chart.Aggregation;

/** Folds the values of one group with an {@link Aggregation}; NaN inputs are ignored (except by COUNT). */
public final class Reducer {
    private final Aggregation aggregation;
    private double sum, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, first = Double.NaN;
    private long count, rows;
    private double[] kept;

    public Reducer(Aggregation aggregation) {
        this.aggregation = aggregation;
        this.kept = aggregation == Aggregation.MEDIAN ? new double[8] : null;
    }

    public void add(double v) {
        rows++;
        if (Double.isNaN(v)) {
            return;
        }
        if (count == 0) {
            first = v;
        }
        if (kept != null) {
            if (count == kept.length) {
                kept = Arrays.copyOf(kept, kept.length * 2);
            }
            kept[(int) count] = v;
        }
        count++;
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    public double result() {
        if (aggregation == Aggregation.COUNT) {
            return rows;
        }
        if (count == 0) {
            return Double.NaN;
        }
        return switch (aggregation) {
            case SUM -> sum;
            case MEAN -> sum / count;
            case MIN -> min;
            case MAX -> max;
            case MEDIAN -> median();
            case NONE -> first;
            case COUNT -> rows;
        };
    }

    private double median() {
        double[] v = Arrays.copyOf(kept, (int) count);
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
