package ai.kai.profile;

/**
 * String facts of a text column, over its non-null values. Lengths are in characters (DuckDB's
 * {@code length}). The three counts below are null when they were not computed.
 *
 * @param empty          values that are the empty string
 * @param numericLike    values that start with a digit, sign or decimal point and that
 *                       {@code TRY_CAST(v AS DOUBLE)} accepts
 * @param dateLike       values that start with a digit and that {@code TRY_CAST(v AS TIMESTAMP)} accepts
 *                       (plain dates included)
 * @param withWhitespace values containing a space
 */
public record TextStats(
        Long minLength,
        Double meanLength,
        Long maxLength,
        long empty,
        Long numericLike,
        Long dateLike,
        Long withWhitespace) {
}
