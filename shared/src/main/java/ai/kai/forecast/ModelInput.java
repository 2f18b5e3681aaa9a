package ai.kai.forecast;

import java.time.LocalDateTime;
import java.util.List;

import ai.kai.timeseries.Frequency;

/**
 * What a model is fitted to: the regular history {@code y}, its seasonal period and calendar (the time of
 * point {@code k} is {@code frequency.step(start, k)}, also for future points), and for the Prophet-style model
 * holidays and regressor columns that cover the history and the future.
 *
 * @param regressors one column per regressor, each at least {@code y.length + horizon} long
 */
record ModelInput(double[] y, int period, Frequency frequency, LocalDateTime start, List<Holiday> holidays,
                  List<String> regressorNames, double[][] regressors) {

    static ModelInput of(double[] y, Frequency frequency, LocalDateTime start) {
        return new ModelInput(y, frequency.seasonalPeriod(), frequency, start, List.of(), List.of(), new double[0][]);
    }

    int size() {
        return y.length;
    }

    LocalDateTime time(int k) {
        return frequency.step(start, k);
    }

    /** The first {@code n} points as history; calendar, holidays and regressors (past and future) are kept. */
    ModelInput head(int n) {
        return new ModelInput(java.util.Arrays.copyOf(y, n), period, frequency, start, holidays, regressorNames,
                regressors);
    }

    /** The last {@code k} points as history (the calendar, holidays and regressors move with them). */
    ModelInput tail(int k) {
        int from = y.length - k;
        double[][] columns = new double[regressors.length][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = java.util.Arrays.copyOfRange(regressors[j], from, regressors[j].length);
        }
        return new ModelInput(java.util.Arrays.copyOfRange(y, from, y.length), period, frequency, time(from), holidays,
                regressorNames, columns);
    }
}
