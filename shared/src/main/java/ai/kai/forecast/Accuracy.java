package ai.kai.forecast;

/**
 * Point-forecast accuracy against actual values, with the definitions of Hyndman &amp; Koehler (2006) and R's
 * {@code accuracy()}: MAE, RMSE, MAPE (%), sMAPE (%, {@code 200·|y−f|/(|y|+|f|)}), and MASE, the MAE scaled by
 * the in-sample MAE of the seasonal naive forecast on the training data (lag m, or 1 without a season). A
 * measure that is undefined for the data (MAPE with a zero actual, MASE on a constant training set) is null.
 */
public record Accuracy(double mae, double rmse, Double mape, Double smape, Double mase) {

    public static Accuracy of(double[] actual, double[] forecast, double[] training, int period) {
        int h = actual.length;
        double abs = 0;
        double squares = 0;
        double pct = 0;
        double sym = 0;
        boolean zeroActual = false;
        for (int i = 0; i < h; i++) {
            double e = actual[i] - forecast[i];
            abs += Math.abs(e);
            squares += e * e;
            if (actual[i] == 0) {
                zeroActual = true;
            } else {
                pct += Math.abs(e / actual[i]);
            }
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sym += denominator == 0 ? 0 : Math.abs(e) / denominator;
        }
        double mae = abs / h;
        double scale = naiveScale(training, period);
        return new Accuracy(mae, Math.sqrt(squares / h), zeroActual ? null : 100 * pct / h, 200 * sym / h,
                scale > 0 ? mae / scale : null);
    }

    /** Mean absolute seasonal difference of the training data: the MASE denominator. */
    public static double naiveScale(double[] training, int period) {
        int lag = period > 1 && training.length > period ? period : 1;
        double sum = 0;
        for (int t = lag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - lag]);
        }
        return training.length > lag ? sum / (training.length - lag) : 0;
    }
}
