package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Isolation forest over one or several columns: 100 trees on subsamples of 256 rows. Rows whose score
 * s = 2^(-E(h)/c(ψ)) exceeds the threshold are flagged, or, with a contamination c, the ceil(c n) highest-scoring
 * rows. The default threshold 0.65 sits clearly above the 0.5 that the paper marks as "no distinct anomaly".
 */
record IsolationForestDetector(double threshold, Double contamination, long seed) implements Detector {

    @Override
    public AnomalyMethod method() {
        return AnomalyMethod.ISOLATION_FOREST;
    }

    @Override
    public Detection detect(Series series) {
        double[][] rows = series.rows();
        int n = rows.length;
        IsolationForest forest = IsolationForest.fit(rows, IsolationForest.DEFAULT_TREES,
                IsolationForest.DEFAULT_SUBSAMPLE, seed);
        double[] path = new double[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            path[i] = forest.meanPathLength(rows[i]);
            score[i] = IsolationForest.score(path[i], forest.subsample());
        }
        boolean[] flagged = new boolean[n];
        double cutoff = threshold;
        if (contamination != null) {
            int k = (int) Math.ceil(contamination * n);
            Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer i) -> -score[i]))
                    .toArray(Integer[]::new);
            for (int r = 0; r < k; r++) {
                flagged[order[r]] = true;
            }
            cutoff = score[order[k - 1]];
        } else {
            for (int i = 0; i < n; i++) {
                flagged[i] = score[i] > threshold;
            }
        }
        double c = IsolationForest.averagePathLength(forest.subsample());
        Double median = series.isUnivariate() ? Stats.median(series.values()) : null;
        List<Anomaly> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!flagged[i]) {
                continue;
            }
            String what = series.isUnivariate()
                    ? "value " + Fmt.value(rows[i][0]) + " (" + Detector.side(rows[i][0] > median) + " the median "
                    + Fmt.value(median) + ")"
                    : "row " + describe(series, rows[i]);
            String rule = contamination != null ? "among the " + Fmt.value(contamination * 100) + " % highest scores"
                    : "threshold " + Fmt.fine(threshold);
            String reason = what + " is isolated after " + Fmt.score(path[i]) + " random splits on average, where "
                    + Fmt.score(c) + " are expected for a typical point of " + forest.subsample() + " (score "
                    + Fmt.fine(score[i]) + "; " + rule + ")";
            found.add(new Anomaly(i, series.date(i), series.isUnivariate() ? rows[i][0] : null, median, null, null,
                    score[i], method(), reason));
        }
        AnomalySummary summary = new AnomalySummary(n, found.size(), cutoff,
                "isolation score 2^(-E(h)/c(" + forest.subsample() + ")) in (0, 1); 0.5 is typical", median, null,
                null, null, null, null, "none", null);
        return new Detection(found, summary);
    }

    private static String describe(Series series, double[] row) {
        String[] parts = new String[row.length];
        for (int c = 0; c < row.length; c++) {
            parts[c] = series.columns().get(c).name() + "=" + Fmt.value(row[c]);
        }
        return "(" + String.join(", ", Arrays.asList(parts)) + ")";
    }
}
