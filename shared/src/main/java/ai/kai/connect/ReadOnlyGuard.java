package ai.kai.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.kai.connect.SqlLexer.Kind;
import ai.kai.connect.SqlLexer.Token;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The first line of defence for sources other than DuckDB files (those use {@link ai.kai.query.SqlGuard}, DuckDB's
 * own parser): a statement must be exactly one read query. On the tokens of {@link SqlLexer}: one statement; its
 * first keyword SELECT, WITH, VALUES, TABLE, SHOW, DESCRIBE or EXPLAIN; no write or lock keyword anywhere (data-
 * modifying CTEs, SELECT INTO, INTO OUTFILE, FOR UPDATE); no function that reaches the server's files, processes,
 * network or settings ({@link ForbiddenFunctions}); no sleep longer than the timeout. The second line is the
 * source's own read-only mode and statement timeout, applied by each connector.
 */
public final class ReadOnlyGuard {
    private static final Set<String> FIRST = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW", "DESCRIBE", "DESC",
            "EXPLAIN");
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE",
            "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "INTO", "OUTFILE", "DUMPFILE", "ATTACH", "DETACH",
            "PRAGMA", "VACUUM");

    private ReadOnlyGuard() {
    }

    /** The statement to run (without a trailing ';'), or a 4xx {@link KaiException}. */
    public static String check(SqlDialect dialect, String sql, Duration timeout) {
        if (sql == null || sql.isBlank()) {
            throw new KaiException(ErrorCode.SQL_EMPTY, "the SQL text is empty");
        }
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        List<List<Token>> statements = split(tokens);
        if (statements.isEmpty()) {
            throw new KaiException(ErrorCode.SQL_EMPTY, "the SQL text has no statement");
        }
        if (statements.size() > 1) {
            throw new KaiException(ErrorCode.SQL_MULTIPLE_STATEMENTS,
                    "send exactly one statement per query (found " + statements.size() + ")");
        }
        List<Token> statement = statements.get(0);
        checkFirstKeyword(statement);
        for (int k = 0; k < statement.size(); k++) {
            checkToken(dialect, statement, k, timeout);
        }
        // Whatever follows the statement's first top-level ';' is only comments and whitespace: cut it off.
        return tokens.stream().filter(t -> t.isSymbol(';')).findFirst()
                .map(semicolon -> sql.substring(0, semicolon.start())).orElse(sql).strip();
    }

    private static void checkFirstKeyword(List<Token> statement) {
        Token first = statement.stream().filter(t -> !t.isSymbol('(')).findFirst().orElse(statement.get(0));
        if (first.kind() != Kind.WORD || !FIRST.contains(first.text())) {
            String what = first.kind() == Kind.WORD ? first.text() + " statements are" : "this statement is";
            throw new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: " + what
                    + " refused (use SELECT, WITH, VALUES, SHOW, DESCRIBE or EXPLAIN)");
        }
    }

    private static void checkToken(SqlDialect dialect, List<Token> s, int k, Duration timeout) {
        Token t = s.get(k);
        boolean call = k + 1 < s.size() && s.get(k + 1).isSymbol('(');
        boolean qualified = k > 0 && s.get(k - 1).isSymbol('.');
        if (t.kind() == Kind.WORD && !call && !qualified && WRITES.contains(t.text())) {
            throw new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: "
                    + t.text() + " is refused anywhere in a statement");
        }
        if (t.kind() == Kind.WORD && t.text().equals("SHARE") && k > 0 && s.get(k - 1).kind() == Kind.WORD
                && Set.of("FOR", "KEY", "IN").contains(s.get(k - 1).text())) {
            throw new KaiException(ErrorCode.SQL_NOT_READ_ONLY, "only read-only queries are allowed: row locks are refused");
        }
        if (call && (t.kind() == Kind.WORD || t.kind() == Kind.NAME)) {
            ForbiddenFunctions.check(dialect, t.text(), argument(s, k + 2), timeout);
        }
    }

    /** The single literal argument of a call, if it is one number: {@code pg_sleep(600)} gives 600. */
    private static Double argument(List<Token> s, int k) {
        if (k + 1 < s.size() && s.get(k).kind() == Kind.NUMBER && s.get(k + 1).isSymbol(')')) {
            try {
                return Double.parseDouble(s.get(k).text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isSymbol(';')) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
