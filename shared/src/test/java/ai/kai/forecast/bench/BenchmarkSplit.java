package ai.kai.forecast.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.kai.forecast.ForecastData;
import ai.kai.timeseries.Frequency;
import ai.kai.timeseries.SeriesRegularizer;

/**
 * One benchmark case: a series cut into a training part and a hold-out of the last two seasons (six points for
 * annual data), with the frequency the regulariser infers from its dates.
 */
record BenchmarkSplit(String name, Frequency frequency, int period, List<LocalDateTime> trainTimes,
                      double[] train, double[] test) {

    static BenchmarkSplit holdOut(ForecastData.Series series) {
        Frequency frequency = SeriesRegularizer.regularize(series.times(), series.boxedValues(), null).frequency();
        return of(series.name(), frequency, series.times(), series.values());
    }

    static BenchmarkSplit of(String name, Frequency frequency, List<LocalDateTime> times, double[] values) {
        int m = frequency.seasonalPeriod();
        int h = m > 1 ? 2 * m : 6;
        int n = values.length - h;
        return new BenchmarkSplit(name, frequency, m, List.copyOf(times.subList(0, n)), Arrays.copyOf(values, n),
                Arrays.copyOfRange(values, n, values.length));
    }

    int horizon() {
        return test.length;
    }

    List<Double> boxedTrain() {
        List<Double> out = new ArrayList<>(train.length);
        for (double v : train) {
            out.add(v);
        }
        return out;
    }
}
