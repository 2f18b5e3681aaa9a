package ai.kai.profile;

import java.sql.SQLException;
import java.util.List;

/** What the passes learn about one column, gathered field by field and turned into a {@link ColumnProfile}. */
final class ColumnFacts {
    final TableColumn column;
    long count;
    Object min;
    Object max;
    Long minEpochMicros;
    Long maxEpochMicros;
    /** Smallest and largest finite value of a numeric column (for FLOAT/DOUBLE, ±inf and NaN left out). */
    Double finiteMin;
    Double finiteMax;

    Double mean;
    Double std;
    Double skewness;
    Double kurtosis;
    Quantiles quantiles;
    long zeros;
    long negatives;
    long infinite;
    Outliers outliers;

    Long minLength;
    Double meanLength;
    Long maxLength;
    long empty;
    Long numericLike;
    Long dateLike;
    Long withWhitespace;

    /** DuckDB's own HyperLogLog estimate (64 registers); only used to route columns on large tables. */
    Long roughDistinct;
    DistinctCount distinct;
    List<TopValue> topValues;
    TemporalStats temporal;
    Histogram histogram;
    SemanticType semanticType;

    ColumnFacts(TableColumn column) {
        this.column = column;
    }

    PhysicalType type() {
        return column.type();
    }

    /** Text whose every non-null value is a date or timestamp. */
    boolean dateText() {
        return type() == PhysicalType.STRING && count > 0 && dateLike != null && dateLike == count;
    }

    ColumnProfile toProfile(long rows) throws SQLException {
        NumericStats numeric = type().numeric()
                ? new NumericStats(mean, std, skewness, kurtosis, quantiles, zeros, negatives, infinite, outliers)
                : null;
        TextStats text = type() == PhysicalType.STRING
                ? new TextStats(minLength, meanLength, maxLength, empty, numericLike, dateLike, withWhitespace)
                : null;
        return new ColumnProfile(column.name(), column.dataType(), semanticType, count, rows - count,
                Percent.of(rows - count, rows), distinct, Values.json(min), Values.json(max), numeric, text,
                temporal, histogram, topValues);
    }
}
