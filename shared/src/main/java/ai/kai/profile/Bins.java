package ai.kai.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal-width histogram bins with "nice" widths (1, 2 or 5 × 10^k; whole seconds, minutes, hours or days for
 * times) aligned to multiples of the width, so every bin has the same width and the first starts at or below
 * the minimum. DuckDB's {@code histogram(x, boundaries)} counts right-closed bins, so the boundaries given to
 * it are the bins' upper bounds:
 * <ul>
 *   <li>whole numbers and dates: both bounds inclusive, {@code [lower, upper]}, the next bin starts at
 *       {@code upper + 1} (one day for dates);</li>
 *   <li>other numbers and timestamps: {@code (lower, upper]}, the first bin closed {@code [lower, upper]}.</li>
 * </ul>
 */
final class Bins {
    static final long SECOND = 1_000_000L;
    static final long DAY = 86_400 * SECOND;
    private static final long[] SECONDS_LADDER = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
            10800, 21600, 43200};

    /** Boundaries for DuckDB (upper bounds, in the binned expression's units) and the bins' bounds as reported. */
    record Plan(List<Number> boundaries, List<Number> lowers, List<Number> uppers) {
        int size() {
            return boundaries.size();
        }
    }

    private Bins() {
    }

    /** Inclusive integer bins; {@code unit} is 1 for numbers and one day (µs) for dates given as µs. */
    static Plan discrete(long min, long max, int bins, long unit) {
        long units = Math.max(1, nice((double) (max - min) / unit / bins, true)) ;
        long step = units * unit;
        long start = Math.floorDiv(min, step) * step;
        List<Number> boundaries = new ArrayList<>();
        List<Number> lowers = new ArrayList<>();
        List<Number> uppers = new ArrayList<>();
        for (long lower = start; lower <= max; lower += step) {
            lowers.add(lower);
            uppers.add(lower + step - unit);
            boundaries.add(lower + step - unit);
        }
        return new Plan(boundaries, lowers, uppers);
    }

    /** Continuous bins over doubles; widths are decimal so the bounds print as typed. */
    static Plan continuous(double min, double max, int bins) {
        BigDecimal step = BigDecimal.valueOf(niceDouble((max - min) / bins));
        BigDecimal start = new BigDecimal(min).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        List<Number> lowers = new ArrayList<>();
        List<Number> uppers = new ArrayList<>();
        BigDecimal lower = start;
        do {
            BigDecimal upper = lower.add(step);
            lowers.add(lower.doubleValue());
            uppers.add(upper.doubleValue());
            lower = upper;
        } while (lower.doubleValue() < max);
        return new Plan(uppers, lowers, uppers);
    }

    /** Continuous bins over timestamps in µs since the epoch, with calendar-friendly widths. */
    static Plan timestamps(long min, long max, int bins) {
        double raw = (double) (max - min) / bins;
        long step;
        if (raw >= DAY) {
            step = nice(raw / DAY, true) * DAY;
        } else if (raw >= SECOND) {
            step = DAY;
            for (long s : SECONDS_LADDER) {
                if (s * SECOND >= raw) {
                    step = s * SECOND;
                    break;
                }
            }
        } else {
            step = Math.max(1, nice(raw, true));
        }
        long start = Math.floorDiv(min, step) * step;
        List<Number> lowers = new ArrayList<>();
        List<Number> uppers = new ArrayList<>();
        long lower = start;
        do {
            lowers.add(lower);
            uppers.add(lower + step);
            lower += step;
        } while (lower < max);
        return new Plan(uppers, lowers, uppers);
    }

    /** The smallest of 1, 2, 5 × 10^k at least {@code raw}, as a whole number (at least 1) when asked. */
    private static long nice(double raw, boolean whole) {
        return whole ? Math.max(1, (long) Math.ceil(niceDouble(Math.max(raw, 1e-300)))) : 0;
    }

    private static double niceDouble(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).multiply(new BigDecimal(BigDecimal.valueOf(magnitude).stripTrailingZeros()
                .toPlainString())).doubleValue();
    }
}
