package ai.kai.forecast;

/** Where a minimiser stopped: the point, its value, the function evaluations used, and whether it converged. */
record Optimum(double[] point, double value, int evaluations, boolean converged) {
}
