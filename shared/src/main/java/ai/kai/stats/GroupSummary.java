package ai.kai.stats;

/** Size, mean and standard deviation of one group, as listed in a test's {@code details.groups}. */
record GroupSummary(String group, int n, double mean, double stdDev) {
    static GroupSummary of(Sample s) {
        double[] v = s.values();
        return new GroupSummary(s.name(), v.length, Sums.mean(v), v.length > 1 ? Sums.sd(v) : 0);
    }
}
