package ai.kai.connect;

/**
 * The lexical rules of a source's SQL that the {@link ReadOnlyGuard} must follow to find statement boundaries,
 * comments, strings and names exactly as the server will, so nothing hides in what the guard took for a comment
 * or a string.
 */
public enum SqlDialect {
    POSTGRES(false, false, false, true, true, true, false),
    REDSHIFT(false, false, false, true, true, true, false),
    MYSQL(true, true, true, false, false, false, true),
    SQLITE(false, false, true, false, true, false, false),
    BIGQUERY(true, true, true, false, false, false, true),
    SNOWFLAKE(true, false, false, true, true, false, false);

    final boolean backslashEscapes;
    final boolean hashComments;
    final boolean backtickNames;
    final boolean dollarQuotes;
    final boolean doubleQuotedNames;
    final boolean postgresFamily;
    final boolean doubleQuotedStrings;

    SqlDialect(boolean backslashEscapes, boolean hashComments, boolean backtickNames, boolean dollarQuotes,
            boolean doubleQuotedNames, boolean postgresFamily, boolean doubleQuotedStrings) {
        this.backslashEscapes = backslashEscapes;
        this.hashComments = hashComments;
        this.backtickNames = backtickNames;
        this.dollarQuotes = dollarQuotes;
        this.doubleQuotedNames = doubleQuotedNames;
        this.postgresFamily = postgresFamily;
        this.doubleQuotedStrings = doubleQuotedStrings;
    }
}
