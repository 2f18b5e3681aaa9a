package ai.kai.profile;

import java.util.ArrayList;
import java.util.List;

/** One column of the report: a table of its figures beside its histogram and its top values. */
final class ColumnSection {
    private ColumnSection() {
    }

    static void render(StringBuilder h, int index, ColumnProfile c, List<Alert> alerts) {
        h.append("<section class=\"card column\" id=\"col-").append(index).append("\"><h3><span class=\"value\">")
                .append(Html.value(c.name())).append("</span><span class=\"badge sem-")
                .append(c.semanticType().wire()).append("\">").append(c.semanticType().wire())
                .append("</span><span class=\"dtype\">").append(Html.esc(c.dataType())).append("</span></h3>\n");
        h.append("<div class=\"column-grid\"><div><table><tbody>");
        row(h, "Values", Format.count(c.count()));
        row(h, "Missing", Format.count(c.nulls()) + " (" + Format.percent(c.nullPercent()) + ")");
        if (c.distinct() != null) {
            DistinctCount d = c.distinct();
            String bound = d.exact() ? "" : String.format(java.util.Locale.ROOT, " (estimate ±%.1f%%)",
                    100 * d.relativeErrorBound());
            row(h, "Distinct", (d.exact() ? "" : "≈") + Format.count(d.value()) + " (" + Format.percent(d.percent())
                    + ")" + bound);
        }
        if (c.min() != null) {
            valueRow(h, "Minimum", c.min());
            valueRow(h, "Maximum", c.max());
        }
        numeric(h, c.numeric());
        text(h, c.text());
        temporal(h, c.temporal());
        h.append("</tbody></table>");
        List<Alert> mine = alerts.stream().filter(a -> c.name().equals(a.column())).toList();
        if (!mine.isEmpty()) {
            h.append("<ul class=\"alerts-inline\">");
            mine.forEach(a -> h.append("<li>").append(a.type().wire().replace('_', ' ')).append(": ")
                    .append(Html.esc(a.message())).append("</li>"));
            h.append("</ul>");
        }
        h.append("</div><div class=\"charts\">");
        if (c.histogram() != null && !c.histogram().bins().isEmpty()) {
            h.append(Charts.histogram(c.histogram(), "Histogram of " + Charts.shorten(c.name(), 40)));
        }
        topValues(h, c);
        h.append("</div></div></section>\n");
    }

    private static void numeric(StringBuilder h, NumericStats n) {
        if (n == null) {
            return;
        }
        row(h, "Mean", Format.number(n.mean()));
        row(h, "Standard deviation", Format.number(n.std()));
        Quantiles q = n.quantiles();
        if (q != null) {
            row(h, "Quantiles p1 · p5 · p25", join(q.p01(), q.p05(), q.p25()));
            row(h, "Median", Format.number(q.p50()));
            row(h, "Quantiles p75 · p95 · p99", join(q.p75(), q.p95(), q.p99()));
        }
        row(h, "Skewness · kurtosis", Format.number(n.skewness()) + " · " + Format.number(n.kurtosis()));
        row(h, "Zeros · negatives", Format.count(n.zeros()) + " · " + Format.count(n.negatives()));
        if (n.infinite() > 0) {
            row(h, "Infinite or NaN", Format.count(n.infinite()));
        }
        Outliers o = n.outliers();
        if (o != null) {
            row(h, "Outliers (1.5·IQR)", Format.count(o.count()) + " (" + Format.percent(o.percent()) + "), "
                    + Format.count(o.extremeCount()) + " beyond 3·IQR");
        }
    }

    private static void text(StringBuilder h, TextStats t) {
        if (t == null) {
            return;
        }
        row(h, "Length min · mean · max", Format.number(t.minLength()) + " · " + Format.number(t.meanLength()) + " · "
                + Format.number(t.maxLength()));
        row(h, "Empty strings", Format.count(t.empty()));
        if (t.numericLike() != null) {
            row(h, "Numeric-like · date-like", Format.count(t.numericLike()) + " · " + Format.count(t.dateLike()));
        }
    }

    private static void temporal(StringBuilder h, TemporalStats t) {
        if (t == null) {
            return;
        }
        if (t.parsedFromText()) {
            row(h, "Date range (parsed)", t.min() + " → " + t.max());
        }
        if (t.granularity() != null) {
            row(h, "Granularity", t.granularity().wire().replace('_', '-') + " (most common gap "
                    + Format.number(t.mostCommonGapSeconds()) + " s)");
        }
    }

    private static void topValues(StringBuilder h, ColumnProfile c) {
        List<TopValue> top = c.topValues();
        if (top == null) {
            h.append("<p class=\"notes\">Top values not counted: too many distinct values for an exact count.</p>");
            return;
        }
        if (top.isEmpty()) {
            return;
        }
        if (top.get(0).count() == 1) {
            h.append("<p class=\"notes\">Every value occurs once.</p>");
            return;
        }
        List<Charts.Bar> bars = new ArrayList<>();
        for (TopValue v : top) {
            bars.add(new Charts.Bar(String.valueOf(v.value()), v.count(),
                    Format.count(v.count()) + " (" + Format.percent(v.percent()) + ")", null));
        }
        h.append(Charts.bars(bars, top.get(0).count(), "Most frequent values of " + Charts.shorten(c.name(), 40)));
    }

    private static String join(Double... values) {
        List<String> parts = new ArrayList<>();
        for (Double v : values) {
            parts.add(Format.number(v));
        }
        return String.join(" · ", parts);
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(Html.esc(label)).append("</th><td class=\"num\">").append(Html.esc(value))
                .append("</td></tr>");
    }

    private static void valueRow(StringBuilder h, String label, Object value) {
        String shown = value instanceof Number ? Format.number(value) : String.valueOf(value);
        h.append("<tr><th>").append(Html.esc(label)).append("</th><td class=\"num value\">").append(Html.value(shown))
                .append("</td></tr>");
    }
}
