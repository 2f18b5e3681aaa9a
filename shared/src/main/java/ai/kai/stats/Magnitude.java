package ai.kai.stats;

/**
 * Conventional verbal labels for effect sizes: Cohen (1988) for d/g, eta² and r; Cohen's thresholds for
 * Cramér's V scaled by the table's smaller dimension, df* = min(rows, columns) − 1 (small 0.1/√df*,
 * medium 0.3/√df*, large 0.5/√df*); Chen, Cohen and Chen (2010) for odds ratios (1.68, 3.47, 6.71).
 */
final class Magnitude {
    private Magnitude() {
    }

    static String d(double d) {
        return label(Math.abs(d), 0.2, 0.5, 0.8);
    }

    static String etaSquared(double eta2) {
        return label(eta2, 0.01, 0.06, 0.14);
    }

    static String r(double r) {
        return label(Math.abs(r), 0.1, 0.3, 0.5);
    }

    static String cramersV(double v, int dfStar) {
        double s = Math.sqrt(dfStar);
        return label(v, 0.1 / s, 0.3 / s, 0.5 / s);
    }

    static String oddsRatio(double or) {
        double x = or >= 1 ? or : 1 / or;
        return label(x, 1.68, 3.47, 6.71);
    }

    /** "very weak" (|r| below 0.1), "weak", "moderate" or "strong" for correlation coefficients. */
    static String strength(double r) {
        return switch (r(r)) {
            case "negligible" -> "very weak";
            case "small" -> "weak";
            case "medium" -> "moderate";
            default -> "strong";
        };
    }

    private static String label(double x, double small, double medium, double large) {
        if (x < small) {
            return "negligible";
        }
        if (x < medium) {
            return "small";
        }
        return x < large ? "medium" : "large";
    }
}
