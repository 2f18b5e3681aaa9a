package ai.kai.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import ai.kai.timeseries.Frequency;

/**
 * The regression design of the Prophet-style model (Taylor &amp; Letham 2018), on Prophet's scales: time runs
 * from 0 to 1 over the history, y is divided by its largest absolute value. Columns: intercept, slope, one
 * hinge {@code (t − s_j)₊} per potential changepoint (25, evenly spread over the first 80% of the history),
 * Fourier pairs of the yearly (365.25 days), weekly and daily cycles the data can show, one indicator per
 * holiday and day of its window (placed in the period that contains it), and standardised regressors.
 */
final class ProphetDesign {
    static final int MAX_CHANGEPOINTS = 25;
    static final double CHANGEPOINT_RANGE = 0.8;

    private final ModelInput input;
    private final double startDays;
    private final double spanDays;
    final double yScale;
    final double[] changepoints;
    private final List<double[]> seasonalities = new ArrayList<>();
    private final List<int[]> holidayPeriods = new ArrayList<>();
    private final double[] regressorMean;
    private final double[] regressorScale;
    final int columns;
    final int firstChangepoint = 2;
    final int firstSeasonal;

    ProphetDesign(ModelInput input) {
        this.input = input;
        double[] y = input.y();
        int n = y.length;
        this.startDays = days(input.time(0));
        this.spanDays = Math.max(days(input.time(n - 1)) - startDays, 1e-9);
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v));
        }
        this.yScale = max > 0 ? max : 1;
        int historySize = (int) Math.floor(n * CHANGEPOINT_RANGE);
        int count = Math.max(0, Math.min(MAX_CHANGEPOINTS, historySize - 1));
        this.changepoints = new double[count];
        for (int j = 1; j <= count; j++) {
            int index = (int) Math.round((double) j * (historySize - 1) / count);
            changepoints[j - 1] = scaledTime(index);
        }
        addSeasonalities(input.frequency());
        this.firstSeasonal = firstChangepoint + count;
        for (Holiday holiday : input.holidays()) {
            for (int offset = holiday.lowerWindow(); offset <= holiday.upperWindow(); offset++) {
                int[] periods = new int[holiday.dates().size()];
                for (int i = 0; i < periods.length; i++) {
                    LocalDate date = holiday.dates().get(i).plusDays(offset);
                    periods[i] = (int) input.frequency().periodIndex(input.start(), date.atStartOfDay());
                }
                holidayPeriods.add(periods);
            }
        }
        int k = input.regressors().length;
        this.regressorMean = new double[k];
        this.regressorScale = new double[k];
        for (int j = 0; j < k; j++) {
            standardise(j, n);
        }
        this.columns = firstSeasonal + seasonalityColumns() + holidayPeriods.size() + k;
    }

    /** The design row of point {@code index} (history or future). */
    double[] row(int index) {
        double[] x = new double[columns];
        double t = scaledTime(index);
        x[0] = 1;
        x[1] = t;
        for (int j = 0; j < changepoints.length; j++) {
            x[firstChangepoint + j] = Math.max(0, t - changepoints[j]);
        }
        int c = firstSeasonal;
        double day = days(input.time(index));
        for (double[] s : seasonalities) {
            for (int order = 1; order <= (int) s[1]; order++) {
                double angle = 2 * Math.PI * order * day / s[0];
                x[c++] = Math.sin(angle);
                x[c++] = Math.cos(angle);
            }
        }
        for (int[] periods : holidayPeriods) {
            for (int p : periods) {
                if (p == index) {
                    x[c] = 1;
                }
            }
            c++;
        }
        for (int j = 0; j < regressorMean.length; j++) {
            x[c++] = (input.regressors()[j][index] - regressorMean[j]) / regressorScale[j];
        }
        return x;
    }

    double scaledTime(int index) {
        return (days(input.time(index)) - startDays) / spanDays;
    }

    /** Names of the seasonal cycles modelled, for the interpretation. */
    List<String> seasonalityNames() {
        List<String> names = new ArrayList<>();
        for (double[] s : seasonalities) {
            names.add(s[0] > 300 ? "yearly" : s[0] > 6 ? "weekly" : "daily");
        }
        return names;
    }

    int seasonalityColumns() {
        int c = 0;
        for (double[] s : seasonalities) {
            c += 2 * (int) s[1];
        }
        return c;
    }

    private void addSeasonalities(Frequency f) {
        double stepDays = f.nominalDays();
        if (spanDays >= 730 && f != Frequency.YEARLY) {
            int perYear = (int) Math.round(365.25 / stepDays);
            seasonalities.add(new double[] {365.25, Math.min(10, perYear / 2)});
        }
        if (spanDays >= 14 && stepDays <= 1) {
            seasonalities.add(new double[] {7, 3});
        }
        if (spanDays >= 2 && stepDays < 1) {
            seasonalities.add(new double[] {1, 4});
        }
    }

    private void standardise(int j, int n) {
        double[] column = input.regressors()[j];
        double mean = 0;
        for (int t = 0; t < n; t++) {
            mean += column[t] / n;
        }
        double ss = 0;
        boolean binary = true;
        for (int t = 0; t < n; t++) {
            ss += (column[t] - mean) * (column[t] - mean);
            binary &= column[t] == 0 || column[t] == 1;
        }
        double sd = Math.sqrt(ss / Math.max(1, n - 1));
        regressorMean[j] = binary || sd == 0 ? 0 : mean;
        regressorScale[j] = binary || sd == 0 ? 1 : sd;
    }

    private static double days(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 86400.0;
    }
}
