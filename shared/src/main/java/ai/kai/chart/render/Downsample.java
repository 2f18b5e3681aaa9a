package ai.kai.chart.render;

import java.util.Random;

/** Chooses which points to draw when there are too many: LTTB for lines, a seeded uniform sample for markers. */
final class Downsample {
    static final int LINE_POINTS = 5000;
    static final int MARKER_POINTS = 5000;

    private Downsample() {
    }

    /**
     * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the first and last point and, per bucket, the point
     * forming the largest triangle with the previous kept point and the next bucket's average. Returns indices.
     */
    static int[] lttb(double[] x, double[] y, int threshold) {
        int n = x.length;
        if (threshold >= n || threshold < 3) {
            return identity(n);
        }
        int[] kept = new int[threshold];
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        kept[0] = 0;
        for (int i = 0; i < threshold - 2; i++) {
            int avgStart = (int) Math.floor((i + 1) * every) + 1, avgEnd = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double ax = 0, ay = 0;
            int count = Math.max(avgEnd - avgStart, 1);
            for (int j = avgStart; j < avgEnd; j++) {
                ax += x[j];
                ay += y[j];
            }
            ax /= count;
            ay /= count;
            int start = (int) Math.floor(i * every) + 1, end = (int) Math.floor((i + 1) * every) + 1;
            double best = -1;
            int chosen = start;
            for (int j = start; j < end; j++) {
                double area = Math.abs((x[a] - ax) * (y[j] - y[a]) - (x[a] - x[j]) * (ay - y[a]));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
            kept[i + 1] = chosen;
            a = chosen;
        }
        kept[threshold - 1] = n - 1;
        return kept;
    }

    /** A reproducible uniform sample of {@code k} indices out of {@code n}, in ascending order. */
    static int[] sample(int n, int k) {
        if (k >= n) {
            return identity(n);
        }
        int[] reservoir = new int[k];
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            if (i < k) {
                reservoir[i] = i;
            } else {
                int j = random.nextInt(i + 1);
                if (j < k) {
                    reservoir[j] = i;
                }
            }
        }
        java.util.Arrays.sort(reservoir);
        return reservoir;
    }

    static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
