package ai.kai.chart.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Nice linear ticks (1, 2, 2.5, 5 × 10^k) and Plotly-like labels (SI suffixes k, M, G above a thousand). */
final class Numbers {
    private Numbers() {
    }

    static double niceStep(double range, int target) {
        double raw = range / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    static List<Scale.Tick> ticks(double min, double max, int target) {
        double step = niceStep(max - min, target);
        List<Scale.Tick> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            double clean = Math.abs(v) < step * 1e-9 ? 0 : v;
            out.add(new Scale.Tick(clean, format(clean, step)));
        }
        return out;
    }

    static String format(double v, double step) {
        double a = Math.max(Math.abs(v), Math.abs(step));
        if (a >= 1e9) {
            return trim(v / 1e9, step / 1e9) + "G";
        }
        if (a >= 1e6) {
            return trim(v / 1e6, step / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3, step / 1e3) + "k";
        }
        return trim(v, step);
    }

    /** A value with as many decimals as the step needs. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return format(v, Math.abs(v) >= 100 || v == Math.rint(v) ? 1 : Math.abs(v) >= 1 ? 0.01 : 0.001);
    }

    private static String trim(double v, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.equals("-0") ? "0" : s;
    }
}
