package ai.kai.profile;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, drawn here so the report needs no script and no network: histograms,
 * horizontal bars (top values, null shares) and a correlation heatmap. Every mark carries a {@code <title>}
 * with its exact figure, which browsers show on hover.
 */
final class Charts {
    private static final int WIDTH = 420;
    private static final String BAR = "#6366f1";

    private Charts() {
    }

    /** A labelled value for {@link #bars}. */
    record Bar(String label, double value, String text, String color) {
    }

    static String histogram(Histogram h, String caption) {
        List<Histogram.Bin> bins = h.bins();
        int height = 170;
        int left = 48;
        int bottom = 36;
        int top = 10;
        double plotW = WIDTH - left - 10;
        double plotH = height - top - bottom;
        long max = bins.stream().mapToLong(Histogram.Bin::count).max().orElse(0);
        StringBuilder svg = open(WIDTH, height, caption);
        axis(svg, left, top, plotW, plotH);
        double w = plotW / bins.size();
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin b = bins.get(i);
            double bh = max == 0 ? 0 : plotH * b.count() / max;
            String range = (i == 0 ? "[" : "(") + label(b.lower()) + ", " + label(b.upper()) + "]";
            svg.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                    left + i * w + 0.5, top + plotH - bh, Math.max(w - 1, 0.5), bh, BAR));
            svg.append("<title>").append(Html.esc(range + ": " + Format.count(b.count()))).append("</title></rect>");
        }
        text(svg, left - 4, top + 8, "end", Format.count(max));
        text(svg, left - 4, top + plotH, "end", "0");
        text(svg, left, height - bottom + 14, "start", label(bins.get(0).lower()));
        text(svg, left + plotW, height - bottom + 14, "end", label(bins.get(bins.size() - 1).upper()));
        if (bins.size() > 2) {
            Object mid = bins.get(bins.size() / 2).lower();
            text(svg, left + plotW * (bins.size() / 2) / bins.size(), height - bottom + 14, "middle", label(mid));
        }
        text(svg, left + plotW / 2, height - 4, "middle", caption);
        return svg.append("</svg>").toString();
    }

    static String bars(List<Bar> bars, double scaleMax, String caption) {
        int row = 20;
        int labelW = 150;
        int valueW = 90;
        int height = bars.size() * row + 8;
        double plotW = WIDTH - labelW - valueW;
        StringBuilder svg = open(WIDTH, height, caption);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = 4 + i * row;
            double bw = scaleMax <= 0 ? 0 : plotW * Math.min(b.value(), scaleMax) / scaleMax;
            text(svg, labelW - 6, y + 13, "end", shorten(b.label(), 22));
            svg.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\">", labelW,
                    y + 2, Math.max(bw, b.value() > 0 ? 1 : 0), row - 6, b.color() == null ? BAR : b.color()));
            svg.append("<title>").append(Html.esc(b.label() + ": " + b.text())).append("</title></rect>");
            text(svg, labelW + bw + 4, y + 13, "start", b.text());
        }
        return svg.append("</svg>").toString();
    }

    /** A square matrix of Pearson r; cells without a value stay grey. */
    static String heatmap(List<String> names, Double[][] r, long[][] pairs) {
        int n = names.size();
        int cell = Math.max(14, Math.min(34, 480 / Math.max(n, 1)));
        int margin = 130;
        int size = margin + n * cell + 10;
        StringBuilder svg = open(size, size, "Pearson correlation between numeric columns");
        for (int i = 0; i < n; i++) {
            text(svg, margin - 6, margin + i * cell + cell * 0.65, "end", shorten(names.get(i), 18));
            svg.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"start\" transform=\"rotate(-45 %.1f %d)\">%s"
                    + "</text>", margin + i * cell + cell * 0.5, margin - 6, margin + i * cell + cell * 0.5,
                    margin - 6, Html.esc(shorten(names.get(i), 18))));
            for (int j = 0; j < n; j++) {
                Double v = r[i][j];
                svg.append(fmt("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\">",
                        margin + j * cell, margin + i * cell, cell, cell, color(v)));
                String tip = names.get(i) + " × " + names.get(j) + ": "
                        + (v == null ? "not computed" : fmt("r = %.3f over %s rows", v, Format.count(pairs[i][j])));
                svg.append("<title>").append(Html.esc(tip)).append("</title></rect>");
                if (v != null && cell >= 26) {
                    svg.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" style=\"fill:%s\">%.2f</text>",
                            margin + j * cell + cell / 2.0, margin + i * cell + cell * 0.62,
                            Math.abs(v) > 0.6 ? "#ffffff" : "#111827", v));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    /** White at 0, blue towards −1, red towards +1. */
    static String color(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "#e5e7eb";
        }
        double t = Math.min(1, Math.abs(v));
        int[] to = v >= 0 ? new int[] {185, 28, 28} : new int[] {29, 78, 216};
        return fmt("#%02x%02x%02x", mix(255, to[0], t), mix(255, to[1], t), mix(255, to[2], t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static StringBuilder open(int width, int height, String caption) {
        return new StringBuilder(fmt("<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"%s\">", width, height, width, height, Html.esc(caption)));
    }

    private static void axis(StringBuilder svg, int left, int top, double w, double h) {
        svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9ca3af\"/>", left, top + h,
                left + w, top + h));
        svg.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#9ca3af\"/>", left, top, left, top + h));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, Html.esc(text)));
    }

    /** Axis labels: numbers shortened, ISO date-times without a midnight time. */
    static String label(Object v) {
        if (v instanceof String s) {
            return s.endsWith("T00:00:00") ? s.substring(0, s.length() - 9) : s.replace('T', ' ');
        }
        return Format.number(v);
    }

    static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
