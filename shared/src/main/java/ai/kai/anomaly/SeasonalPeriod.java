package ai.kai.anomaly;

import java.util.Optional;

import ai.kai.decompose.Autocorrelation;
import ai.kai.decompose.DateSpacing;
import ai.kai.decompose.Frequency;
import ai.kai.decompose.Stl;
import ai.kai.decompose.StlParameters;

/**
 * The seasonal period of a series and where it came from: given by the caller, implied by the dates' frequency,
 * or read from the autocorrelation when there are no dates. {@code period == 0} means none, and
 * {@code explanation} says why.
 *
 * @param frequency the dates' frequency when it matches the period (for naming positions in the cycle), else null
 */
record SeasonalPeriod(int period, Frequency frequency, String explanation, DateSpacing spacing) {

    boolean isPresent() {
        return period >= 2;
    }

    static SeasonalPeriod resolve(Series series, Integer requested) {
        DateSpacing spacing = series.dates() == null ? null : DateSpacing.of(series.dates());
        if (requested != null) {
            Frequency f = spacing != null && spacing.isRegular() && spacing.frequency().seasonalPeriod() == requested
                    ? spacing.frequency() : null;
            return new SeasonalPeriod(requested, f, "period " + requested + " (given)", spacing);
        }
        if (spacing != null) {
            if (!spacing.isRegular()) {
                return new SeasonalPeriod(0, null, spacing.problem(), spacing);
            }
            Frequency f = spacing.frequency();
            if (!f.isSeasonal()) {
                return new SeasonalPeriod(0, null, "the dates are yearly, so there is no seasonal cycle within them", spacing);
            }
            return new SeasonalPeriod(f.seasonalPeriod(), f, "period " + f.seasonalPeriod() + " (" + f.label()
                    + " dates: " + f.cycle() + ")", spacing);
        }
        if (!series.isUnivariate()) {
            return new SeasonalPeriod(0, null, "no dates", null);
        }
        Optional<Autocorrelation.DetectedPeriod> found = Autocorrelation.seasonalPeriod(series.values());
        return found.map(p -> {
                    int best = sharpened(series.values(), p.period());
                    return new SeasonalPeriod(best, null, "period " + best + " (no dates; the autocorrelation of the "
                            + "changes peaks at lag " + p.period() + ": " + Fmt.fine(p.autocorrelation())
                            + (best != p.period() ? "; a fixed pattern of " + best + " steps fits best" : "") + ")", null);
                })
                .orElseGet(() -> new SeasonalPeriod(0, null,
                        "no dates and no repeating cycle in the autocorrelation", null));
    }

    /**
     * The autocorrelation of a smooth seasonal pattern peaks broadly (lags k - 1, k, k + 1 are close), so the
     * neighbours are compared by the seasonal strength of a periodic robust STL, and the strongest wins. Short
     * periods (below 6) are left alone: their peaks are sharp, and a neighbour is a different calendar.
     */
    private static int sharpened(double[] y, int k) {
        if (k < 6) {
            return k;
        }
        int best = k;
        double bestStrength = -1;
        for (int c = Math.max(2, k - 1); c <= k + 1; c++) {
            if (y.length <= 2 * c) {
                continue;
            }
            double strength = Stl.decompose(y, StlParameters.periodic(c, true)).seasonalStrengthRobust(SeasonalFit.CLIP);
            if (strength > bestStrength) {
                best = c;
                bestStrength = strength;
            }
        }
        return best;
    }
}
