package ai.kai.chart.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plotly date strings ({@code yyyy-mm-dd[ HH:MM[:SS[.sss]]]}) as UTC epoch milliseconds, and date ticks. */
final class Dates {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?)?");
    private static final long DAY = 86_400_000L;

    private Dates() {
    }

    static double parse(String s) {
        if (s == null || s.length() < 7 || !DATE.matcher(s).matches()) {
            return Double.NaN;
        }
        try {
            if (s.length() == 7) {
                return LocalDate.parse(s + "-01").atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            String t = s.replace(' ', 'T');
            return LocalDateTime.parse(t.length() == 16 ? t + ":00" : t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static List<Scale.Tick> ticks(double min, double max, int target) {
        double span = max - min;
        List<Scale.Tick> out = new ArrayList<>();
        double[] months = {1, 2, 3, 6, 12, 24, 60, 120};
        if (span / target >= 25 * DAY) {
            int step = 1;
            for (double m : months) {
                step = (int) m;
                if (span / (m * 30.4 * DAY) <= target) {
                    break;
                }
            }
            LocalDate d = LocalDateTime.ofInstant(Instant.ofEpochMilli((long) min), ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
            if (step >= 12) {
                // yearly ticks sit on January 1 of every (step / 12)-th year, whatever month the axis starts in
                int years = step / 12;
                d = d.withMonth(1).withYear(Math.floorDiv(d.getYear(), years) * years);
            }
            String pattern = step >= 12 ? "yyyy" : "MMM yyyy";
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            for (int guard = 0; guard < 500; guard++, d = d.plusMonths(step)) {
                double ms = d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                if (ms > max) {
                    break;
                }
                if (ms >= min && (step < 12 || d.getMonthValue() == 1)) {
                    out.add(new Scale.Tick(ms, d.format(f)));
                }
            }
            return out;
        }
        long[] steps = {1000, 5000, 15_000, 60_000, 300_000, 900_000, 3_600_000, 10_800_000, 21_600_000, 43_200_000, DAY,
                2 * DAY, 7 * DAY, 14 * DAY};
        long step = steps[steps.length - 1];
        for (long s : steps) {
            if (span / s <= target) {
                step = s;
                break;
            }
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(step >= DAY ? "MMM d" : step >= 60_000 ? "HH:mm" : "HH:mm:ss",
                Locale.ENGLISH);
        long offset = step >= 7 * DAY ? 4 * DAY : 0;
        for (double v = Math.ceil((min - offset) / step) * step + offset; v <= max; v += step) {
            out.add(new Scale.Tick(v, LocalDateTime.ofInstant(Instant.ofEpochMilli((long) v), ZoneOffset.UTC).format(f)));
        }
        return out;
    }
}
