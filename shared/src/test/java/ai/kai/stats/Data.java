package ai.kai.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Classic data sets from R's {@code datasets} package (R 4.2.2), and a relative-error assertion. */
final class Data {
    /** datasets::sleep, extra hours of sleep by drug (group 1, group 2); the same 10 patients. */
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    /** datasets::PlantGrowth, dried weight by group. */
    static final double[] CTRL = {4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14};
    static final double[] TRT1 = {4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69};
    static final double[] TRT2 = {6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26};

    /** datasets::chickwts, weight by feed (unequal group sizes). */
    static final List<Sample> CHICKWTS = List.of(
            Sample.of("casein", 368, 390, 379, 260, 404, 318, 352, 359, 216, 222, 283, 332),
            Sample.of("horsebean", 179, 160, 136, 227, 217, 168, 108, 124, 143, 140),
            Sample.of("linseed", 309, 229, 181, 141, 260, 203, 148, 169, 213, 257, 244, 271),
            Sample.of("meatmeal", 325, 257, 303, 315, 380, 153, 263, 242, 206, 344, 258),
            Sample.of("soybean", 243, 230, 248, 327, 329, 250, 193, 271, 316, 267, 199, 171, 158, 248),
            Sample.of("sunflower", 423, 340, 392, 339, 341, 226, 320, 295, 334, 322, 297, 318));

    /** datasets::InsectSprays, insect counts by spray (many ties). */
    static final List<Sample> INSECT_SPRAYS = List.of(
            Sample.of("A", 10, 7, 20, 14, 14, 12, 10, 23, 17, 20, 14, 13),
            Sample.of("B", 11, 17, 21, 11, 16, 14, 17, 17, 19, 21, 7, 13),
            Sample.of("C", 0, 1, 7, 2, 3, 1, 2, 1, 3, 0, 1, 4),
            Sample.of("D", 3, 5, 12, 6, 4, 3, 5, 5, 5, 5, 2, 4),
            Sample.of("E", 3, 5, 3, 5, 3, 6, 1, 1, 3, 2, 6, 4),
            Sample.of("F", 11, 9, 15, 22, 15, 16, 13, 10, 26, 26, 24, 13));

    /** datasets::mtcars columns. */
    static final double[] MPG = {21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2,
        10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4};
    static final double[] WT = {2.62, 2.875, 2.32, 3.215, 3.44, 3.46, 3.57, 3.19, 3.15, 3.44, 3.44, 4.07, 3.73, 3.78,
        5.25, 5.424, 5.345, 2.2, 1.615, 1.835, 2.465, 3.52, 3.435, 3.84, 3.845, 1.935, 2.14, 1.513, 3.17, 2.77, 3.57, 2.78};
    static final double[] HP = {110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230, 66, 52,
        65, 97, 150, 150, 245, 175, 66, 91, 113, 264, 175, 335, 109};

    /** datasets::airquality$Ozone without its NAs (right-skewed). */
    static final double[] OZONE = {41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23,
        45, 115, 37, 29, 71, 39, 23, 21, 37, 20, 12, 13, 135, 49, 32, 64, 40, 77, 97, 97, 85, 10, 27, 7, 48, 35, 61, 79, 63,
        16, 80, 108, 20, 52, 82, 50, 64, 59, 39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45,
        168, 73, 76, 118, 84, 85, 96, 78, 73, 91, 47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46, 18, 13, 24, 16, 13, 23, 36,
        7, 14, 30, 14, 18, 20};

    static final double REL = 1e-9;

    private Data() {
    }

    static List<Sample> plantGrowth() {
        return List.of(Sample.of("ctrl", CTRL), Sample.of("trt1", TRT1), Sample.of("trt2", TRT2));
    }

    /** |actual − expected| ≤ tolerance · |expected|. */
    static void close(double actual, double expected, double tolerance) {
        assertThat(Math.abs(actual - expected))
                .as("%s vs reference %s (relative error %.2e, allowed %.0e)", actual, expected,
                        Math.abs(actual - expected) / Math.abs(expected), tolerance)
                .isLessThanOrEqualTo(tolerance * Math.abs(expected));
    }

    /** Within 1e-9 relative: the contract for well-conditioned quantities. */
    static void close(double actual, double expected) {
        close(actual, expected, REL);
    }
}
