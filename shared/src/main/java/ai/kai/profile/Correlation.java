package ai.kai.profile;

/** Pearson's r between two numeric columns over the rows where both are non-null ({@code pairs} rows). */
public record Correlation(String left, String right, double pearson, long pairs) {
}
