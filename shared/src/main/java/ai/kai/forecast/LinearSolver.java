package ai.kai.forecast;

/** Gaussian elimination with partial pivoting for the small dense systems of the models. */
final class LinearSolver {
    private LinearSolver() {
    }

    /** The solution of {@code a·x = b} (inputs are not modified), or null when {@code a} is singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-300) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                if (factor != 0) {
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = m[row][n];
            for (int k = row + 1; k < n; k++) {
                s -= m[row][k] * x[k];
            }
            x[row] = s / m[row][row];
        }
        return x;
    }
}
