package ai.kai.stats;

/**
 * A hypothesis test to run: the closed set of tests {@link StatisticsService#test(TestRequest)} knows.
 * Every request carries its significance level {@code alpha}; confidence intervals use 1 − alpha.
 */
public sealed interface TestRequest permits TwoSampleRequest, OneSampleRequest, GroupComparisonRequest, ContingencyRequest {
    double DEFAULT_ALPHA = 0.05;

    double alpha();
}
