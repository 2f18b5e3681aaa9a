package ai.kai.connect;

import java.time.Duration;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** How many rows a statement may return and how long it may run. */
public record QueryLimits(long maxRows, Duration timeout) {
    public QueryLimits {
        if (maxRows < 1) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the row limit must be at least 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the timeout must be positive");
        }
    }

    public static QueryLimits of(long maxRows, Duration timeout) {
        return new QueryLimits(maxRows, timeout);
    }

    /** Whole seconds for JDBC's {@code setQueryTimeout}, at least 1. */
    public int timeoutSeconds() {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
