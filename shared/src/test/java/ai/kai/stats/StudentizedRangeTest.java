package ai.kai.stats;

import static ai.kai.stats.Data.close;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The studentized range distribution (Tukey's q), which Commons Math lacks. */
class StudentizedRangeTest {

    /** SciPy 1.17.1: scipy.stats.studentized_range.sf(q, k, df) (reference.py). */
    @ParameterizedTest(name = "P(Q > {0}; k = {1}, df = {2})")
    @CsvSource({
        "3.5, 3, 12, 0.06999548527518362",
        "2.0, 4, 20, 0.5054403454121139",
        "5.0, 5, 30, 0.01089001881367857",
        "4.2, 3, 27, 0.016487417984397457",
        "3.0, 10, 100, 0.5172544923716913",
        "6.0, 3, 3, 0.048068071872862994",
        "40, 3, 3, 0.00019997676415806076",
        "0.5, 3, 10, 0.9338641721504076",
        "3.3, 20, 200, 0.7088684689213349"})
    void shouldMatchScipysStudentizedRange(double q, int k, double df, double expected) {
        close(StudentizedRange.upperTail(q, k, df), expected);
    }

    /**
     * For two groups Q = √2·|T|, so P(Q &gt; q; 2, ν) = 2·P(T_ν &gt; q/√2) exactly — a check far into the tail,
     * where SciPy's studentized_range.sf (2.97985e-11 at q = 12, ν = 50) and R's ptukey lose digits.
     * R: 2 * pt(-q / sqrt(2), df)
     */
    @ParameterizedTest(name = "k = 2: P(Q > {0}; df = {1}) = 2 P(T > q/sqrt 2)")
    @CsvSource({
        "12, 50, 2.9814431671388851e-11",
        "8, 1000, 2.011978562785917e-08",
        "5, 1, 0.17547965609182176"})
    void shouldEqualTheExactTwoGroupIdentityFarInTheTail(double q, double df, double expected) {
        close(StudentizedRange.upperTail(q, 2, df), expected);
    }

    @ParameterizedTest(name = "k = {0}")
    @CsvSource({"2", "3", "6", "20", "50"})
    void shouldInterpolateTheRangeProbabilityAsAccuratelyAsTheQuadrature(int k) {
        for (double w = 0.01; w < 40; w *= 1.07) {
            double direct = StudentizedRange.rangeUpperTailDirect(w, k, StudentizedRange.innerPanels(k));
            close(StudentizedRange.rangeUpperTail(w, k), direct, 1e-11);
        }
    }

    /** SciPy 1.17.1: scipy.stats.studentized_range.ppf(0.95, k, df). */
    @ParameterizedTest(name = "q(0.95; k = {0}, df = {1})")
    @CsvSource({"3, 27, 3.506426123354149", "6, 65, 4.152741777689449"})
    void shouldInvertTheUpperTail(int k, double df, double expected) {
        close(StudentizedRange.upperQuantile(0.05, k, df), expected);
    }
}
