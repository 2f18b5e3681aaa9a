package ai.kai.profile;

import java.util.Locale;

/** Numbers for people: grouped integers, four significant digits, percentages with one decimal. */
final class Format {
    private Format() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String number(Object v) {
        if (v == null) {
            return "–";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return count(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return String.valueOf(d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return count((long) d);
            }
            double abs = Math.abs(d);
            if (abs != 0 && (abs < 1e-3 || abs >= 1e9)) {
                return String.format(Locale.ROOT, "%.3e", d);
            }
            int decimals = abs >= 1000 ? 1 : abs >= 100 ? 2 : abs >= 10 ? 3 : 4;
            String fixed = String.format(Locale.ROOT, "%." + decimals + "f", d).replaceAll("0+$", "");
            return fixed.endsWith(".") ? fixed.substring(0, fixed.length() - 1) : fixed;
        }
        return String.valueOf(v);
    }

    static String percent(double p) {
        if (p > 0 && p < 0.1) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    static String bytes(Long b) {
        if (b == null) {
            return "–";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
