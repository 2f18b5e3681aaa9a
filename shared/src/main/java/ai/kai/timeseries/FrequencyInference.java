package ai.kai.timeseries;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Infers the frequency from the median spacing of the distinct, sorted time stamps; the median ignores a
 * minority of gaps and duplicates. Spacings that match no frequency are refused with a message naming them.
 */
final class FrequencyInference {
    private FrequencyInference() {
    }

    static Frequency infer(List<LocalDateTime> sortedDistinct) {
        if (sortedDistinct.size() < 2) {
            throw new KaiException(ErrorCode.FORECAST_TOO_FEW_POINTS,
                    "at least two distinct dates are needed to infer a frequency");
        }
        double[] gaps = new double[sortedDistinct.size() - 1];
        for (int i = 1; i < sortedDistinct.size(); i++) {
            gaps[i - 1] = Duration.between(sortedDistinct.get(i - 1), sortedDistinct.get(i)).toMinutes() / 1440.0;
        }
        Arrays.sort(gaps);
        int mid = gaps.length / 2;
        double median = gaps.length % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
        return fromSpacing(median);
    }

    static Frequency fromSpacing(double days) {
        double hours = days * 24;
        if (hours >= 0.5 && hours <= 1.5) {
            return Frequency.HOURLY;
        }
        if (days >= 0.75 && days <= 1.5) {
            return Frequency.DAILY;
        }
        if (days >= 5 && days <= 9) {
            return Frequency.WEEKLY;
        }
        if (days >= 26 && days <= 35) {
            return Frequency.MONTHLY;
        }
        if (days >= 80 && days <= 100) {
            return Frequency.QUARTERLY;
        }
        if (days >= 350 && days <= 380) {
            return Frequency.YEARLY;
        }
        throw new KaiException(ErrorCode.FORECAST_FREQUENCY_UNKNOWN, String.format(Locale.ROOT,
                "the dates are %s apart (median spacing), which matches no supported frequency; "
                        + "give the frequency (hourly, daily, weekly, monthly, quarterly or yearly)",
                days < 1 ? String.format(Locale.ROOT, "%.2f hours", hours) : String.format(Locale.ROOT, "%.1f days", days)));
    }
}
