package ai.kai.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alerts and their thresholds:
 * <ul>
 *   <li>{@code HIGH_NULL_SHARE}: at least 20 % nulls (warning from 50 %);</li>
 *   <li>{@code CONSTANT}: values present and exactly one distinct value (warning);</li>
 *   <li>{@code HIGH_CARDINALITY}: text that is neither an ID nor a date with more than 50 distinct values making
 *       up at least 50 % of its values;</li>
 *   <li>{@code SKEWED}: a numeric column with |skewness| ≥ 2;</li>
 *   <li>{@code OUTLIERS}: a numeric column with at least 1 % of its values outside Tukey's 1.5·IQR fences;</li>
 *   <li>{@code MIXED_TYPES}: text where 10 % or more, but not all, values are numeric-like, or date-like
 *       (warning);</li>
 *   <li>{@code NUMBER_AS_TEXT} / {@code DATE_AS_TEXT}: text whose every value is numeric-like / date-like;</li>
 *   <li>{@code POSSIBLE_ID}: the semantic type is {@code ID};</li>
 *   <li>{@code DUPLICATE_ROWS}: at least one row repeats another (warning);</li>
 *   <li>{@code HIGH_CORRELATION}: |Pearson r| ≥ 0.9 between two numeric columns.</li>
 * </ul>
 */
final class AlertRules {
    static final double HIGH_NULL_SHARE = 20;
    static final double VERY_HIGH_NULL_SHARE = 50;
    static final int HIGH_CARDINALITY_MIN_DISTINCT = 50;
    static final double HIGH_CARDINALITY_SHARE = 50;
    static final double SKEWNESS = 2;
    static final double OUTLIER_SHARE = 1;
    static final double MIXED_TYPES_MIN_SHARE = 10;
    static final double HIGH_CORRELATION = 0.9;

    private AlertRules() {
    }

    static List<Alert> evaluate(long rows, long duplicateRows, List<ColumnProfile> columns,
                                List<Correlation> correlations) {
        List<Alert> alerts = new ArrayList<>();
        if (duplicateRows > 0) {
            alerts.add(new Alert(AlertType.DUPLICATE_ROWS, null, Severity.WARNING,
                    fmt("%d duplicate rows (%s of all rows)", duplicateRows, pct(Percent.of(duplicateRows, rows)))));
        }
        if (rows > 0) {
            for (ColumnProfile c : columns) {
                column(c, alerts);
            }
        }
        for (Correlation r : correlations) {
            if (Math.abs(r.pearson()) >= HIGH_CORRELATION) {
                alerts.add(new Alert(AlertType.HIGH_CORRELATION, r.left(), Severity.INFO,
                        fmt("%s and %s are highly correlated (r = %.3f)", r.left(), r.right(), r.pearson())));
            }
        }
        return alerts;
    }

    private static void column(ColumnProfile c, List<Alert> alerts) {
        String name = c.name();
        if (c.nullPercent() >= HIGH_NULL_SHARE) {
            Severity severity = c.nullPercent() >= VERY_HIGH_NULL_SHARE ? Severity.WARNING : Severity.INFO;
            String message = c.count() == 0 ? "every value is NULL"
                    : fmt("%d nulls (%s of rows)", c.nulls(), pct(c.nullPercent()));
            alerts.add(new Alert(AlertType.HIGH_NULL_SHARE, name, severity, message));
        }
        if (c.count() > 0 && c.distinct() != null && c.distinct().exact() && c.distinct().value() == 1) {
            alerts.add(new Alert(AlertType.CONSTANT, name, Severity.WARNING,
                    "every non-null value is " + (c.min() == null ? "the same" : "'" + c.min() + "'")));
        }
        if (c.semanticType() == SemanticType.ID) {
            alerts.add(new Alert(AlertType.POSSIBLE_ID, name, Severity.INFO,
                    "every value is distinct: looks like an identifier, not a measure or a category"));
        }
        if (c.numeric() != null && c.semanticType() == SemanticType.NUMERIC) {
            numeric(c, alerts);
        }
        if (c.text() != null) {
            text(c, alerts);
        }
    }

    private static void numeric(ColumnProfile c, List<Alert> alerts) {
        NumericStats n = c.numeric();
        if (n.skewness() != null && Math.abs(n.skewness()) >= SKEWNESS) {
            alerts.add(new Alert(AlertType.SKEWED, c.name(), Severity.INFO,
                    fmt("skewness %.2f: the distribution is %s-skewed", n.skewness(),
                            n.skewness() > 0 ? "right" : "left")));
        }
        Outliers o = n.outliers();
        if (o != null && o.percent() >= OUTLIER_SHARE) {
            alerts.add(new Alert(AlertType.OUTLIERS, c.name(), Severity.INFO,
                    fmt("%d values (%s) outside [%s, %s], %d of them beyond 3·IQR", o.count(), pct(o.percent()),
                            num(o.lowerFence()), num(o.upperFence()), o.extremeCount())));
        }
    }

    private static void text(ColumnProfile c, List<Alert> alerts) {
        TextStats t = c.text();
        long count = c.count();
        if (c.distinct() != null && c.semanticType() != SemanticType.ID && c.semanticType() != SemanticType.DATETIME
                && c.distinct().value() > HIGH_CARDINALITY_MIN_DISTINCT
                && c.distinct().percent() >= HIGH_CARDINALITY_SHARE) {
            alerts.add(new Alert(AlertType.HIGH_CARDINALITY, c.name(), Severity.INFO,
                    fmt("%s%d distinct values (%s of values)", c.distinct().exact() ? "" : "≈",
                            c.distinct().value(), pct(c.distinct().percent()))));
        }
        if (count == 0 || t.numericLike() == null || t.dateLike() == null) {
            return;
        }
        if (t.dateLike() == count) {
            alerts.add(new Alert(AlertType.DATE_AS_TEXT, c.name(), Severity.INFO,
                    "every value is a date or timestamp stored as text; TRY_CAST(" + c.name()
                            + " AS TIMESTAMP) reads it as one"));
        } else if (t.numericLike() == count) {
            alerts.add(new Alert(AlertType.NUMBER_AS_TEXT, c.name(), Severity.INFO,
                    "every value is a number stored as text (leading zeros or codes?)"));
        } else {
            mixed(c, t.numericLike(), "numbers", alerts);
            mixed(c, t.dateLike(), "dates", alerts);
        }
    }

    private static void mixed(ColumnProfile c, long matching, String what, List<Alert> alerts) {
        double share = Percent.of(matching, c.count());
        if (share >= MIXED_TYPES_MIN_SHARE && matching < c.count()) {
            alerts.add(new Alert(AlertType.MIXED_TYPES, c.name(), Severity.WARNING,
                    fmt("%d values (%s) are %s, %d are not", matching, pct(share), what,
                            c.count() - matching)));
        }
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
