package ai.kai.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/**
 * The parser-based check every user statement passes before it runs (DESIGN D6). DuckDB's own parser
 * ({@code json_serialize_sql}) must accept the text as exactly one SELECT-shaped statement (SELECT, WITH,
 * FROM-first, VALUES, SUMMARIZE, DESCRIBE, SHOW). PIVOT/UNPIVOT and EXPLAIN, which that serialiser refuses,
 * are handled explicitly. Table and scalar functions that reach outside the dataset are refused by name
 * wherever they appear. The sandbox of {@link QueryEngine} is the second, independent line of defence.
 */
public final class SqlGuard {
    /** Functions that read files, the network, settings or secrets: never useful on an uploaded dataset. */
    static final Set<String> FORBIDDEN_FUNCTIONS = Set.of(
            "read_csv", "read_csv_auto", "read_parquet", "parquet_scan", "read_json", "read_json_auto",
            "read_json_objects", "read_ndjson", "read_ndjson_auto", "read_ndjson_objects", "read_text", "read_blob",
            "read_xlsx", "sniff_csv", "glob", "parquet_metadata", "parquet_schema", "parquet_file_metadata",
            "parquet_kv_metadata", "iceberg_scan", "delta_scan", "sqlite_scan", "postgres_scan", "mysql_scan",
            "getenv", "duckdb_secrets", "which_secret", "load_extension", "install_extension", "query", "query_table",
            "duckdb_extensions", "pragma_database_list", "duckdb_databases", "current_setting", "duckdb_settings",
            "httpfs", "http_get", "read_xml", "read_avro", "st_read", "st_read_meta", "json_execute_serialized_sql");

    private static final Pattern FUNCTION_NAME = Pattern.compile("\"function_name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP", "ALTER",
            "TRUNCATE", "COPY", "EXPORT", "IMPORT", "ATTACH", "DETACH", "USE", "INSTALL", "LOAD", "SET", "RESET",
            "PRAGMA", "CALL", "CHECKPOINT", "VACUUM", "ANALYZE", "BEGIN", "COMMIT", "ROLLBACK", "START", "ABORT",
            "END", "PREPARE", "EXECUTE", "DEALLOCATE", "GRANT", "REVOKE", "COMMENT", "UPDATE_EXTENSIONS", "FORCE");
    private static final Pattern PIVOT_WORDS = Pattern.compile("\\b(PIVOT|UNPIVOT|PIVOT_WIDER|PIVOT_LONGER)\\b",
            Pattern.CASE_INSENSITIVE);

    private SqlGuard() {
    }

    /** Returns the statement to run (without a trailing ';'), or throws a 4xx {@link KaiException}. */
    public static String check(Connection connection, String sql) {
        if (sql == null || SqlText.stripLeadingComments(sql).isBlank()) {
            throw new KaiException(ErrorCode.SQL_EMPTY, "the SQL text is empty");
        }
        List<String> statements = SqlText.statements(sql);
        if (statements.size() != 1) {
            throw new KaiException(ErrorCode.SQL_MULTIPLE_STATEMENTS,
                    "send exactly one statement per query (found " + statements.size() + ")");
        }
        String statement = statements.get(0);
        String keyword = SqlText.firstKeyword(statement);
        if (keyword.equals("EXPLAIN")) {
            String inner = SqlText.afterFirstKeyword(statement);
            if (SqlText.firstKeyword(inner).equals("ANALYZE") || SqlText.firstKeyword(inner).equals("ANALYSE")) {
                inner = SqlText.afterFirstKeyword(inner);
            }
            checkSelect(connection, inner, keyword);
            return statement;
        }
        if (keyword.equals("PIVOT") || keyword.equals("UNPIVOT") || PIVOT_WORDS.matcher(statement).find()) {
            checkPivot(connection, statement);
            return statement;
        }
        checkSelect(connection, statement, keyword);
        return statement;
    }

    private static void checkSelect(Connection connection, String statement, String keyword) {
        JsonNode parsed = serialize(connection, statement);
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asText("");
            String message = parsed.path("error_message").asText("");
            if (type.equals("parser")) {
                throw new KaiException(ErrorCode.SQL_SYNTAX_ERROR, "SQL syntax error: " + message);
            }
            String first = SqlText.firstKeyword(statement);
            throw new KaiException(ErrorCode.SQL_NOT_READ_ONLY, refusal(first.isEmpty() ? keyword : first));
        }
        if (parsed.path("statements").size() != 1) {
            throw new KaiException(ErrorCode.SQL_MULTIPLE_STATEMENTS, "send exactly one statement per query");
        }
        refuseForbiddenFunctions(parsed.toString());
    }

    /**
     * PIVOT cannot be serialised. Its grammar admits only queries as sources, so what is left to check is
     * that no forbidden function is named (by a token scan outside string literals) and that DuckDB's parser
     * accepts it; the read-only, locked sandbox enforces the rest.
     */
    private static void checkPivot(Connection connection, String statement) {
        String lower = stripStrings(statement.toLowerCase(Locale.ROOT));
        for (String f : FORBIDDEN_FUNCTIONS) {
            if (Pattern.compile("\\b" + Pattern.quote(f) + "\\s*\\(").matcher(lower).find()) {
                throw forbidden(f);
            }
        }
        // The rest is syntax: let DuckDB's parser judge by preparing it (PIVOT prepares without running).
        try (PreparedStatement ps = connection.prepareStatement(statement)) {
            ps.getMetaData();
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e, null);
        }
    }

    private static JsonNode serialize(Connection connection, String statement) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, statement);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Json.mapper().readTree(rs.getString(1));
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "the SQL guard could not parse the statement", e);
        }
    }

    private static void refuseForbiddenFunctions(String serialized) {
        Matcher m = FUNCTION_NAME.matcher(serialized);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (FORBIDDEN_FUNCTIONS.contains(name)) {
                throw forbidden(name);
            }
        }
    }

    private static KaiException forbidden(String name) {
        return new KaiException(ErrorCode.SQL_FORBIDDEN_FUNCTION, "the function " + name
                + "() reaches outside the dataset and is not allowed; query the table 'data' instead");
    }

    private static String refusal(String keyword) {
        if (WRITES.contains(keyword)) {
            return "only read-only queries are allowed: " + keyword
                    + " statements are refused (use SELECT, WITH, PIVOT, SUMMARIZE, DESCRIBE or EXPLAIN)";
        }
        return "only read-only queries are allowed (SELECT, WITH, PIVOT, SUMMARIZE, DESCRIBE, EXPLAIN); got "
                + (keyword.isEmpty() ? "an unrecognised statement" : keyword);
    }

    /** Replaces the contents of string literals so keywords inside them are not mistaken for SQL. */
    private static String stripStrings(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }
}
