package ai.kai.forecast;

/**
 * A seasonal ARIMA order {@code (p,d,q)(P,D,Q)[m]} with or without a constant (a mean when nothing is
 * differenced, a drift when exactly one difference is taken, never otherwise).
 */
record ArimaSpec(int p, int d, int q, int sp, int sd, int sq, int m, boolean constant) {

    ArimaSpec {
        if (constant && d + sd > 1) {
            throw new IllegalArgumentException("a constant needs at most one difference");
        }
    }

    /** Number of ARMA coefficients, without the constant. */
    int armaCount() {
        return p + q + sp + sq;
    }

    int parameterCount() {
        return armaCount() + (constant ? 1 : 0);
    }

    int differencedLength(int n) {
        return n - d - sd * m;
    }

    boolean seasonal() {
        return sp + sd + sq > 0;
    }

    String label() {
        String s = "ARIMA(" + p + "," + d + "," + q + ")";
        if (seasonal()) {
            s += "(" + sp + "," + sd + "," + sq + ")[" + m + "]";
        }
        if (constant) {
            s += d + sd == 0 ? " with non-zero mean" : " with drift";
        } else if (d + sd == 0) {
            s += " with zero mean";
        }
        return s;
    }
}
