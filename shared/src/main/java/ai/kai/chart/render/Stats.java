package ai.kai.chart.render;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

/** Sorted finite values of a JSON array, quantiles, histogram bins and a binned Gaussian KDE for violins. */
final class Stats {
    private Stats() {
    }

    static double[] finite(JsonNode array) {
        double[] out = new double[array.size()];
        int n = 0;
        for (JsonNode v : array) {
            if (v.isNumber() && Double.isFinite(v.asDouble())) {
                out[n++] = v.asDouble();
            }
        }
        return Arrays.copyOf(out, n);
    }

    static double[] sorted(JsonNode array) {
        double[] v = finite(array);
        Arrays.sort(v);
        return v;
    }

    /** Linear-interpolated quantile of sorted values (Plotly's default "linear" method). */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    record Bins(double start, double size, long[] counts) {
    }

    /** Bins of a "nice" width: {@code nbins} asked for, else about sqrt(n) capped at 100 like Plotly's auto-binning. */
    static Bins histogram(double[] values, int nbins) {
        double min = Arrays.stream(values).min().orElse(0), max = Arrays.stream(values).max().orElse(1);
        int target = nbins > 0 ? nbins : (int) Math.max(5, Math.min(100, Math.ceil(Math.sqrt(values.length))));
        double size = max > min ? Numbers.niceStep(max - min, target) : 1;
        double start = Math.floor(min / size) * size;
        int n = (int) Math.max(1, Math.floor((max - start) / size) + 1);
        long[] counts = new long[n];
        for (double v : values) {
            counts[(int) Math.min(n - 1, Math.floor((v - start) / size))]++;
        }
        return new Bins(start, size, counts);
    }

    /** Density at {@code points} evenly spaced over [lo, hi]; Silverman bandwidth, computed over 512 bins. */
    static double[] kde(double[] sorted, double lo, double hi, int points) {
        double[] density = new double[points];
        if (sorted.length < 2) {
            return density;
        }
        double n = sorted.length;
        double mean = Arrays.stream(sorted).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        double spread = Math.min(sd, iqr > 0 ? iqr / 1.34 : sd);
        double h = 0.9 * (spread > 0 ? spread : Math.max(Math.abs(mean) * 0.1, 1)) * Math.pow(n, -0.2);
        int bins = 512;
        double min = sorted[0], width = Math.max((sorted[sorted.length - 1] - min) / bins, 1e-12);
        double[] weight = new double[bins];
        for (double v : sorted) {
            weight[(int) Math.min(bins - 1, (v - min) / width)]++;
        }
        for (int i = 0; i < points; i++) {
            double at = lo + (hi - lo) * i / (points - 1);
            double sum = 0;
            for (int b = 0; b < bins; b++) {
                if (weight[b] > 0) {
                    double u = (at - (min + (b + 0.5) * width)) / h;
                    sum += weight[b] * Math.exp(-0.5 * u * u);
                }
            }
            density[i] = sum / (n * h * Math.sqrt(2 * Math.PI));
        }
        return density;
    }
}
