package ai.kai.stats;

/**
 * Pearson's chi-square test of independence on an r×c table, as R's {@code chisq.test} and SciPy's
 * {@code chi2_contingency}: Yates' continuity correction on 2×2 tables when asked (the default), expected
 * counts, adjusted standardised residuals (the interpretation names the most over-represented cell), and
 * Cramér's V from the uncorrected statistic. Small expected counts
 * raise a warning (Cochran's rule); a 2×2 table always carries Fisher's exact test in {@code details.fisher_exact}.
 */
final class ChiSquareIndependence {
    private ChiSquareIndependence() {
    }

    static TestResult test(ContingencyRequest r) {
        ContingencyTable t = r.table();
        int rows = t.rows();
        int cols = t.columns();
        double[] rowTotals = new double[rows];
        double[] colTotals = new double[cols];
        double n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                rowTotals[i] += t.count(i, j);
                colTotals[j] += t.count(i, j);
                n += t.count(i, j);
            }
        }
        boolean yates = r.yatesCorrection() && rows == 2 && cols == 2;
        double[][] expected = new double[rows][cols];
        double[][] residuals = new double[rows][cols];
        double minAbsDeviation = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                expected[i][j] = rowTotals[i] * colTotals[j] / n;
                minAbsDeviation = Math.min(minAbsDeviation, Math.abs(t.count(i, j) - expected[i][j]));
            }
        }
        double correction = yates ? Math.min(0.5, minAbsDeviation) : 0;
        double[] corrected = new double[rows * cols];
        double[] plain = new double[rows * cols];
        int small = 0;
        double smallest = Double.POSITIVE_INFINITY;
        int best = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double e = expected[i][j];
                double dev = t.count(i, j) - e;
                corrected[i * cols + j] = (Math.abs(dev) - correction) * (Math.abs(dev) - correction) / e;
                plain[i * cols + j] = dev * dev / e;
                residuals[i][j] = dev / Math.sqrt(e * (1 - rowTotals[i] / n) * (1 - colTotals[j] / n));
                small += e < 5 ? 1 : 0;
                smallest = Math.min(smallest, e);
                double leader = residuals[best / cols][best % cols];
                if (residuals[i][j] > leader + 1e-12 * Math.abs(leader)) { // ties (every 2×2) go to the first cell
                    best = i * cols + j;
                }
            }
        }
        double chi2 = Sums.sum(corrected);
        double uncorrected = Sums.sum(plain);
        double df = (rows - 1) * (cols - 1);
        double p = Tails.chiSquareUpper(chi2, df);
        int dfStar = Math.min(rows, cols) - 1;
        double v = Math.sqrt(uncorrected / (n * dfStar));

        Details details = new Details(r.alpha())
                .put("n", (long) n)
                .put("observed", t.counts())
                .put("expected_counts", expected)
                .put("standardized_residuals", residuals)
                .put("row_variable", t.rowVariable())
                .put("column_variable", t.columnVariable())
                .put("row_labels", t.rowLabels())
                .put("column_labels", t.columnLabels())
                .put("yates_correction", yates)
                .put("chi_square_uncorrected", uncorrected)
                .put("cramers_v", v)
                .put("effect_size_magnitude", Magnitude.cramersV(v, dfStar));
        TestResult fisher = null;
        if (rows == 2 && cols == 2) {
            double phi = (t.count(0, 0) * (double) t.count(1, 1) - t.count(0, 1) * (double) t.count(1, 0))
                    / Math.sqrt(rowTotals[0] * rowTotals[1] * colTotals[0] * colTotals[1]);
            details.put("phi", phi);
            fisher = FisherExact.test(ContingencyRequest.fisher(t).withAlpha(r.alpha()));
            details.put("fisher_exact", fisher);
        }
        warnAboutSmallCounts(details, rows * cols, small, smallest, fisher);
        boolean significant = p < r.alpha();
        String text = interpretation(t, chi2, df, p, yates, v, dfStar, significant, best / cols, best % cols, expected);
        return new TestResult("Chi-square test of independence", chi2, p, df, new EffectSize("Cramér's V", v), null,
                significant, text, details.build());
    }

    private static void warnAboutSmallCounts(Details details, int cells, int small, double smallest, TestResult fisher) {
        String counts = small + " of " + cells + " expected counts " + (small == 1 ? "is" : "are")
                + " below 5 (smallest " + Format.plain(Math.round(smallest * 100) / 100.0) + ")";
        if (fisher != null) {
            if (small > 0) {
                details.warn(counts + ", so the chi-square approximation may be inaccurate; use Fisher's exact test "
                        + "(details.fisher_exact): " + Format.p(fisher.pValue()));
            }
        } else if (smallest < 1 || small > 0.2 * cells) {
            details.warn(counts + "; the chi-square approximation needs no expected count below 1 and at most 20% below 5 "
                    + "(Cochran), so merge sparse categories or collect more data");
        }
    }

    private static String interpretation(ContingencyTable t, double chi2, double df, double p, boolean yates, double v,
            int dfStar, boolean significant, int row, int col, double[][] expected) {
        String between = t.rowVariable() + " and " + t.columnVariable();
        String stat = "χ²(" + Format.df(df) + ") = " + Format.stat(chi2) + ", " + Format.p(p)
                + (yates ? ", with Yates' continuity correction" : "");
        String effect = " Effect size: Cramér's V = " + Format.stat(v) + " (" + Magnitude.cramersV(v, dfStar) + ").";
        if (!significant) {
            return "There is no statistically significant association between " + between + " (" + stat
                    + "); the data are compatible with independence." + effect;
        }
        long observed = t.count(row, col);
        return "There is a statistically significant association between " + between + " (" + stat + ")." + effect
                + " The largest departure from independence: " + t.rowVariable() + " = " + t.rowLabels().get(row)
                + " with " + t.columnVariable() + " = " + t.columnLabels().get(col) + " occurs more often than expected ("
                + observed + " observed vs " + Format.fixed(expected[row][col], 1) + " expected).";
    }
}
