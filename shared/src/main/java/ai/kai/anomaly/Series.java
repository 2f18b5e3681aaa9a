package ai.kai.anomaly;

import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

import ai.kai.decompose.DateSpacing;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** A validated request's data: enough rows, not constant, dates (if any) one per row. */
record Series(List<AnomalyRequest.Column> columns, List<Temporal> dates) {
    static final int MIN_POINTS = 8;

    static Series of(AnomalyRequest request) {
        int n = request.length();
        if (n < MIN_POINTS) {
            throw new KaiException(ErrorCode.TOO_FEW_POINTS, "anomaly detection needs at least " + MIN_POINTS
                    + " values; got " + n);
        }
        Series s = new Series(request.columns(), request.dates());
        if (s.columns().stream().allMatch(c -> isConstant(c.values()))) {
            double v = s.columns().get(0).values()[0];
            throw new KaiException(ErrorCode.CONSTANT_SERIES, (s.isUnivariate() ? "all " + n + " values are "
                    + Fmt.value(v) : "every column is constant") + "; a constant series has no anomalies to find");
        }
        return s;
    }

    int length() {
        return columns.get(0).values().length;
    }

    boolean isUnivariate() {
        return columns.size() == 1;
    }

    /** The single column's values (callers check {@link #isUnivariate()}). */
    double[] values() {
        return columns.get(0).values();
    }

    String name() {
        return columns.get(0).name();
    }

    String columnNames() {
        return columns.stream().map(AnomalyRequest.Column::name).collect(Collectors.joining(", "));
    }

    /** Rows as points of several attributes. */
    double[][] rows() {
        double[][] rows = new double[length()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            double[] v = columns.get(c).values();
            for (int i = 0; i < v.length; i++) {
                rows[i][c] = v[i];
            }
        }
        return rows;
    }

    /** The ISO-8601 time stamp of row i, or null without dates. */
    String date(int i) {
        return dates == null ? null : dates.get(i).toString();
    }

    LocalDateTime time(int i) {
        return DateSpacing.toDateTime(dates.get(i));
    }

    private static boolean isConstant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
