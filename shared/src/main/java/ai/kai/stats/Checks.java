package ai.kai.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Input validation shared by every test: each failure is a 400 with a message that says what to change. */
final class Checks {
    private Checks() {
    }

    static KaiException invalid(String message) {
        return new KaiException(ErrorCode.STATS_INVALID_INPUT, message);
    }

    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw invalid(what + " needs a non-blank name");
        }
        return name.strip();
    }

    static double alpha(double alpha) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw invalid("alpha must be between 0 and 0.5 (exclusive), for example 0.05; got " + alpha);
        }
        return alpha;
    }

    /** Beyond this magnitude squares and fourth powers of deviations overflow a double. */
    static final double MAX_MAGNITUDE = 1e70;

    /**
     * NaN and infinities are not numbers a test can use; the message points at the first few by position.
     * Magnitudes beyond 1e70 would overflow the moments, so they are refused too, with advice to rescale.
     */
    static void finite(String name, double[] values) {
        StringJoiner where = new StringJoiner(", ");
        int bad = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                if (++bad <= 5) {
                    where.add(Integer.toString(i + 1));
                }
            }
        }
        if (bad > 0) {
            throw new KaiException(ErrorCode.NON_NUMERIC_VALUES, "'" + name + "' has " + bad
                    + " non-numeric value" + (bad == 1 ? "" : "s") + " (NaN or infinite) at position"
                    + (bad == 1 ? " " : "s ") + where + (bad > 5 ? ", ..." : "") + " (counting from 1); "
                    + "remove or replace them before testing");
        }
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > MAX_MAGNITUDE) {
                throw new KaiException(ErrorCode.VALUES_OUT_OF_RANGE, "'" + name + "' has the value " + values[i]
                        + " at position " + (i + 1) + "; statistics here take magnitudes up to 1e70, rescale the values "
                        + "(e.g. to thousands or millions)");
            }
        }
    }

    /** The last line of defence: a result never carries NaN or an infinity (underflow or overflow in extreme data). */
    static void finiteResult(String what, double... numbers) {
        for (double x : numbers) {
            if (!Double.isFinite(x)) {
                throw new KaiException(ErrorCode.VALUES_OUT_OF_RANGE, what + " cannot be computed for these values: "
                        + "they are too extreme in magnitude or spread for double precision; rescale them");
            }
        }
    }

    static void atLeast(Sample sample, int n, String purpose) {
        if (sample.size() < n) {
            ErrorCode code = sample.size() == 1 ? ErrorCode.GROUP_TOO_SMALL : ErrorCode.TOO_FEW_OBSERVATIONS;
            throw new KaiException(code, "'" + sample.name() + "' has " + sample.size() + " observation"
                    + (sample.size() == 1 ? "" : "s") + "; " + purpose + " needs at least " + n);
        }
    }

    static void notConstant(Sample sample, String purpose) {
        double[] v = sample.values();
        for (double x : v) {
            if (x != v[0]) {
                return;
            }
        }
        throw new KaiException(ErrorCode.CONSTANT_VALUES, "every value of '" + sample.name() + "' is "
                + Format.plain(v[0]) + "; " + purpose + " needs values that vary");
    }

    static void groups(List<Sample> groups, int min, int max, String purpose) {
        if (groups == null || groups.size() < min) {
            throw new KaiException(ErrorCode.TOO_FEW_GROUPS, purpose + " needs at least " + min
                    + " groups; got " + (groups == null ? 0 : groups.size()));
        }
        if (groups.size() > max) {
            throw new KaiException(ErrorCode.TOO_MANY_GROUPS, purpose + " supports at most " + max
                    + " groups; got " + groups.size());
        }
        Set<String> seen = new HashSet<>();
        for (Sample g : groups) {
            if (g == null) {
                throw invalid(purpose + ": a group is missing");
            }
            if (!seen.add(g.name())) {
                throw invalid("two groups are both named '" + g.name() + "'; group names must be unique");
            }
        }
    }

    static void sameLength(Sample a, Sample b, String purpose) {
        if (a.size() != b.size()) {
            throw new KaiException(ErrorCode.LENGTH_MISMATCH, purpose + " needs one value of '" + b.name()
                    + "' for every value of '" + a.name() + "'; got " + a.size() + " and " + b.size());
        }
    }
}
