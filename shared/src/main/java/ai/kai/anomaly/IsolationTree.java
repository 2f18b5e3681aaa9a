package ai.kai.anomaly;

import java.util.Arrays;
import java.util.SplittableRandom;

/** One isolation tree: internal nodes split on (attribute, value), external nodes remember how many rows reached them. */
sealed interface IsolationTree permits IsolationTree.Split, IsolationTree.Leaf {

    /** h(x): edges from the root to x's leaf, plus c(size) for the rows the leaf did not separate. */
    double pathLength(double[] row);

    record Split(int attribute, double value, IsolationTree left, IsolationTree right) implements IsolationTree {
        @Override
        public double pathLength(double[] row) {
            IsolationTree node = this;
            int depth = 0;
            while (node instanceof Split split) {
                node = row[split.attribute()] < split.value() ? split.left() : split.right();
                depth++;
            }
            return depth + node.pathLength(row);
        }
    }

    record Leaf(int size) implements IsolationTree {
        @Override
        public double pathLength(double[] row) {
            return IsolationForest.averagePathLength(size);
        }
    }

    /**
     * iTree(X, e, l) of the paper: stop at the height limit or when at most one row (or no varying attribute)
     * remains; otherwise split on an attribute drawn among those that vary, at a value drawn uniformly between
     * their minimum and maximum, rows below the value going left.
     */
    static IsolationTree grow(double[][] rows, int[] members, int heightLimit, SplittableRandom random) {
        if (heightLimit <= 0 || members.length <= 1) {
            return new Leaf(members.length);
        }
        int dims = rows[0].length;
        int[] varying = new int[dims];
        double[] min = new double[dims];
        double[] max = new double[dims];
        int count = 0;
        for (int a = 0; a < dims; a++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int m : members) {
                lo = Math.min(lo, rows[m][a]);
                hi = Math.max(hi, rows[m][a]);
            }
            if (hi > lo) {
                varying[count] = a;
                min[count] = lo;
                max[count] = hi;
                count++;
            }
        }
        if (count == 0) {
            return new Leaf(members.length);
        }
        int pick = random.nextInt(count);
        int attribute = varying[pick];
        double value = min[pick] + random.nextDouble() * (max[pick] - min[pick]);
        if (value <= min[pick]) {
            value = Math.nextUp(min[pick]); // keep at least one row on each side
        }
        int[] left = new int[members.length];
        int[] right = new int[members.length];
        int nl = 0;
        int nr = 0;
        for (int m : members) {
            if (rows[m][attribute] < value) {
                left[nl++] = m;
            } else {
                right[nr++] = m;
            }
        }
        return new Split(attribute, value,
                grow(rows, Arrays.copyOf(left, nl), heightLimit - 1, random),
                grow(rows, Arrays.copyOf(right, nr), heightLimit - 1, random));
    }
}
