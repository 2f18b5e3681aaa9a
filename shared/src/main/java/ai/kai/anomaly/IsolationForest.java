package ai.kai.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Isolation forest (F. T. Liu, K. M. Ting, Z.-H. Zhou, "Isolation Forest", ICDM 2008). Each tree isolates a
 * random subsample of ψ rows (256 by default) by splitting on a random attribute at a random value between its
 * minimum and maximum, up to height ceil(log2 ψ). Anomalies are few and different, so they are isolated
 * closer to the root: the score is s(x, ψ) = 2^(-E(h(x)) / c(ψ)), with h the path length (plus c(size) for the
 * rows left together in a leaf) and c(n) the average path length of an unsuccessful binary-search-tree lookup.
 * s near 1 means anomalous; s well below 0.5 means normal; s ≈ 0.5 everywhere means no distinct anomaly.
 * The same seed gives the same forest.
 */
final class IsolationForest {
    static final int DEFAULT_TREES = 100;
    static final int DEFAULT_SUBSAMPLE = 256;
    /** Euler's constant, as used by the paper to approximate the harmonic number H(i) ≈ ln(i) + 0.5772156649. */
    static final double EULER_GAMMA = 0.5772156649;

    private final List<IsolationTree> trees;
    private final int subsample;

    private IsolationForest(List<IsolationTree> trees, int subsample) {
        this.trees = trees;
        this.subsample = subsample;
    }

    /** Grows {@code trees} trees on subsamples of min(ψ, n) distinct rows drawn with the given seed. */
    static IsolationForest fit(double[][] rows, int trees, int subsample, long seed) {
        int psi = Math.min(subsample, rows.length);
        int heightLimit = (int) Math.ceil(Math.log(psi) / Math.log(2));
        SplittableRandom random = new SplittableRandom(seed);
        List<IsolationTree> forest = new ArrayList<>(trees);
        for (int t = 0; t < trees; t++) {
            forest.add(IsolationTree.grow(rows, sample(rows.length, psi, random), heightLimit, random));
        }
        return new IsolationForest(List.copyOf(forest), psi);
    }

    /** E(h(x)): the path length averaged over the trees. */
    double meanPathLength(double[] row) {
        double sum = 0.0;
        for (IsolationTree tree : trees) {
            sum += tree.pathLength(row);
        }
        return sum / trees.size();
    }

    /** s(x, ψ) = 2^(-E(h(x)) / c(ψ)). */
    double score(double[] row) {
        return score(meanPathLength(row), subsample);
    }

    int subsample() {
        return subsample;
    }

    static double score(double meanPathLength, int n) {
        return Math.pow(2.0, -meanPathLength / averagePathLength(n));
    }

    /** c(n) = 2 H(n - 1) - 2 (n - 1) / n with H(i) ≈ ln(i) + γ; c(2) = 1; c(n) = 0 for n below 2. */
    static double averagePathLength(int n) {
        if (n > 2) {
            return 2.0 * (Math.log(n - 1.0) + EULER_GAMMA) - 2.0 * (n - 1.0) / n;
        }
        return n == 2 ? 1.0 : 0.0;
    }

    /** psi distinct indices of 0..n-1 (a partial Fisher-Yates shuffle). */
    private static int[] sample(int n, int psi, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < psi; i++) {
            int j = i + random.nextInt(n - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return java.util.Arrays.copyOf(all, psi);
    }
}
