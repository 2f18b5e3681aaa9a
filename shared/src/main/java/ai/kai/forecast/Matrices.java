package ai.kai.forecast;

/** Small dense matrix operations on {@code double[][]} (row-major), for the few places that need them. */
final class Matrices {
    private Matrices() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int p = b[0].length;
        double[][] out = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    out[i][j] += v * b[l][j];
                }
            }
        }
        return out;
    }

    /** {@code a·x·bᵀ}. */
    static double[][] sandwich(double[][] a, double[][] x, double[][] b) {
        return multiply(multiply(a, x), transpose(b));
    }

    static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    static double[][] add(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    static double[][] scale(double[][] a, double s) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] * s;
            }
        }
        return out;
    }

    /** The Kronecker product {@code a ⊗ b}. */
    static double[][] kron(double[][] a, double[][] b) {
        int rb = b.length;
        int cb = b[0].length;
        double[][] out = new double[a.length * rb][a[0].length * cb];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                for (int k = 0; k < rb; k++) {
                    for (int l = 0; l < cb; l++) {
                        out[i * rb + k][j * cb + l] = a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }
}
