package ai.kai.timeseries;

import java.time.LocalDateTime;
import java.util.List;

/** Equally spaced values on a {@link PeriodGrid}, with the report of how they were made regular. */
public record RegularSeries(PeriodGrid grid, double[] values, SeriesReport report) {

    public Frequency frequency() {
        return grid.frequency();
    }

    public int seasonalPeriod() {
        return grid.frequency().seasonalPeriod();
    }

    public int size() {
        return values.length;
    }

    public List<LocalDateTime> times() {
        return grid.times();
    }
}
