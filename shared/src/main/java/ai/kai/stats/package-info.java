/**
 * Statistics: descriptive statistics, hypothesis tests, post-hoc comparisons, assumption checks and
 * correlations on plain Java values — no I/O, no HTTP. The entry point is
 * {@link ai.kai.stats.StatisticsService}; inputs are {@link ai.kai.stats.Sample}s (named {@code double[]}) and
 * {@link ai.kai.stats.ContingencyTable}s; results are records that serialise with the platform's snake_case
 * mapper into the shape of spec §4.4 ({@code test_name, statistic, p_value, degrees_of_freedom, effect_size,
 * confidence_interval, is_significant, interpretation, details}).
 *
 * <p>Conventions: for two groups every difference, interval and one-sided alternative is about the first named
 * group minus the second; alpha is in (0, 0.5) and intervals use 1 − alpha; {@code details.warnings} always
 * exists and lists assumption problems (Shapiro–Wilk, Levene/Brown–Forsythe and expected-count checks, screened
 * at 5%); interpretations state a direction only when the result is significant.
 *
 * <p>Numbers: Apache Commons Math 3.6.1 supplies the t, F, χ², normal and hypergeometric distributions, ranking
 * and Kendall's tau. Written here, each tested against R 4.2.2 or SciPy 1.17.1 to 1e-9 relative: ANOVA sums of
 * squares on centred values (the NIST StRD sets reach the precision their double input allows), the studentized
 * range distribution for Tukey HSD, Shapiro–Wilk (Royston 1995), Brown–Forsythe, Kruskal–Wallis with ties,
 * Mann–Whitney with tie and continuity corrections (R's {@code wilcox.test(exact = FALSE, correct = TRUE)}, which
 * equals SciPy's {@code mannwhitneyu(method='asymptotic')}) and its shift interval, Fisher's two-sided p-value,
 * Fisher-z correlation intervals and the effect sizes.
 *
 * <p>Errors: every caller mistake is a {@link ai.kai.error.KaiException} whose code has kind INVALID_INPUT —
 * {@code TOO_FEW_OBSERVATIONS}, {@code GROUP_TOO_SMALL}, {@code TOO_FEW_GROUPS}, {@code TOO_MANY_GROUPS},
 * {@code CONSTANT_VALUES}, {@code NON_NUMERIC_VALUES}, {@code LENGTH_MISMATCH}, {@code INVALID_CONTINGENCY_TABLE},
 * {@code VALUES_OUT_OF_RANGE}, {@code STATS_INVALID_INPUT}. No result carries NaN or an infinity.
 */
package ai.kai.stats;
