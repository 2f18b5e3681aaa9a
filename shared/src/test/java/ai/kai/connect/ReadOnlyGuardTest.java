package ai.kai.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** The tokenizer-level guard, dialect by dialect: what passes, what is refused and with which code. */
class ReadOnlyGuardTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POSTGRES  | SELECT 1
            POSTGRES  | with t as (select 1 as a) select * from t
            POSTGRES  | (SELECT 1) UNION (SELECT 2)
            POSTGRES  | SELECT 'DELETE FROM x; DROP TABLE y' AS text
            POSTGRES  | SELECT $$ DELETE $$ AS d, $tag$ ; DROP $tag$ AS e
            POSTGRES  | SELECT 1 -- ; DELETE FROM x
            POSTGRES  | SELECT /* nested /* ; DROP */ comment */ 1
            POSTGRES  | EXPLAIN ANALYZE SELECT * FROM orders
            POSTGRES  | SELECT "update", "delete" FROM t
            POSTGRES  | SELECT pg_sleep(5)
            POSTGRES  | SELECT replace(name, 'a', 'b') FROM t
            POSTGRES  | TABLE orders
            POSTGRES  | VALUES (1), (2)
            POSTGRES  | SHOW search_path
            POSTGRES  | SELECT 1;
            POSTGRES  | SELECT E'it\\'s; DROP TABLE x' AS s
            MYSQL     | SELECT INSERT('abc', 1, 1, 'x'), TRUNCATE(1.234, 1), REPLACE('a', 'a', 'b')
            MYSQL     | SELECT 'it\\'s; DELETE' AS s
            MYSQL     | SELECT `select`, "a;b" FROM t
            MYSQL     | SELECT 1 --1
            MYSQL     | SHOW TABLES
            MYSQL     | DESCRIBE orders
            MYSQL     | SELECT 1 # ; DELETE FROM x
            MYSQL     | SELECT 'a\\'; DELETE FROM t; -- '
            SQLITE    | SELECT [order], `group` FROM t
            SQLITE    | EXPLAIN QUERY PLAN SELECT * FROM t
            BIGQUERY  | SELECT * REPLACE (1 AS a) FROM `project.dataset.table`
            BIGQUERY  | SELECT r'\\d+;' AS re, '''multi ; line''' AS m
            SNOWFLAKE | SELECT $1, $$ a; DROP $$ FROM t
            SNOWFLAKE | SHOW TABLES IN SCHEMA public
            """)
    void shouldLetReadQueriesThrough(SqlDialect dialect, String sql) {
        assertThat(ReadOnlyGuard.check(dialect, sql, TIMEOUT)).isNotBlank().doesNotEndWith(";");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            POSTGRES  | DELETE FROM orders                                                  | SQL_NOT_READ_ONLY
            POSTGRES  | WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d              | SQL_NOT_READ_ONLY
            POSTGRES  | SELECT * INTO new_table FROM t                                      | SQL_NOT_READ_ONLY
            POSTGRES  | SELECT * FROM t FOR UPDATE                                          | SQL_NOT_READ_ONLY
            POSTGRES  | SELECT * FROM t FOR SHARE                                           | SQL_NOT_READ_ONLY
            POSTGRES  | EXPLAIN ANALYZE DELETE FROM t                                       | SQL_NOT_READ_ONLY
            POSTGRES  | COPY t TO PROGRAM 'id'                                              | SQL_NOT_READ_ONLY
            POSTGRES  | DO $$ BEGIN DELETE FROM t; END $$                                   | SQL_NOT_READ_ONLY
            POSTGRES  | SET default_transaction_read_only = off                             | SQL_NOT_READ_ONLY
            POSTGRES  | BEGIN                                                               | SQL_NOT_READ_ONLY
            POSTGRES  | CALL cleanup()                                                      | SQL_NOT_READ_ONLY
            POSTGRES  | SELECT U&"pg_read_file"('x')                                        | SQL_NOT_READ_ONLY
            POSTGRES  | SELECT 1; SELECT 2                                                  | SQL_MULTIPLE_STATEMENTS
            POSTGRES  | SELECT 1; -- ; \\n DELETE FROM t                                    | SQL_MULTIPLE_STATEMENTS
            POSTGRES  | SELECT pg_read_file('/etc/passwd')                                  | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT PG_CATALOG.PG_READ_BINARY_FILE('x')                          | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT "pg_ls_dir"('.')                                             | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT lo_import('/etc/passwd')                                     | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT * FROM dblink('host=evil', 'select 1') AS t(a int)           | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT set_config('default_transaction_read_only', 'off', false)    | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT query_to_xml('delete from t', true, true, '')                | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT pg_sleep(600)                                                | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT pg_terminate_backend(42)                                     | SQL_FORBIDDEN_FUNCTION
            POSTGRES  | SELECT 'unclosed                                                    | SQL_SYNTAX_ERROR
            POSTGRES  | /* only a comment */                                                | SQL_EMPTY
            MYSQL     | LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t                   | SQL_NOT_READ_ONLY
            MYSQL     | SELECT * FROM t INTO OUTFILE '/tmp/x'                               | SQL_NOT_READ_ONLY
            MYSQL     | SELECT 1 /*! ; DROP TABLE t */                                      | SQL_NOT_READ_ONLY
            MYSQL     | REPLACE INTO t VALUES (1)                                           | SQL_NOT_READ_ONLY
            MYSQL     | HANDLER t OPEN                                                      | SQL_NOT_READ_ONLY
            MYSQL     | SELECT * FROM t LOCK IN SHARE MODE                                  | SQL_NOT_READ_ONLY
            MYSQL     | SELECT 1 --x; DELETE FROM t                                         | SQL_MULTIPLE_STATEMENTS
            POSTGRES  | SELECT 'a\\'; DELETE FROM t; -- '                                   | SQL_MULTIPLE_STATEMENTS
            MYSQL     | SELECT LOAD_FILE('/etc/passwd')                                     | SQL_FORBIDDEN_FUNCTION
            MYSQL     | SELECT SLEEP(600)                                                   | SQL_FORBIDDEN_FUNCTION
            MYSQL     | SELECT BENCHMARK(100000000, MD5('x'))                               | SQL_FORBIDDEN_FUNCTION
            SQLITE    | ATTACH DATABASE '/etc/x' AS x                                       | SQL_NOT_READ_ONLY
            SQLITE    | PRAGMA query_only = OFF                                             | SQL_NOT_READ_ONLY
            SQLITE    | SELECT load_extension('x.so')                                       | SQL_FORBIDDEN_FUNCTION
            BIGQUERY  | INSERT INTO ds.t VALUES (1)                                         | SQL_NOT_READ_ONLY
            BIGQUERY  | EXPORT DATA OPTIONS(uri='gs://x/*') AS SELECT 1                     | SQL_NOT_READ_ONLY
            BIGQUERY  | EXECUTE IMMEDIATE 'DELETE FROM ds.t WHERE true'                     | SQL_NOT_READ_ONLY
            BIGQUERY  | SELECT 1 # x \\n ; DROP TABLE ds.t                                  | SQL_MULTIPLE_STATEMENTS
            SNOWFLAKE | PUT file:///etc/passwd @~                                           | SQL_NOT_READ_ONLY
            SNOWFLAKE | COPY INTO @stage FROM t                                             | SQL_NOT_READ_ONLY
            SNOWFLAKE | SELECT SYSTEM$WAIT(600)                                             | SQL_FORBIDDEN_FUNCTION
            SNOWFLAKE | MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE        | SQL_NOT_READ_ONLY
            """)
    void shouldRefuseAnythingButOneReadQuery(SqlDialect dialect, String sql, ErrorCode code) {
        assertThatThrownBy(() -> ReadOnlyGuard.check(dialect, sql.replace("\\n", "\n"), TIMEOUT))
                .isInstanceOfSatisfying(KaiException.class, e -> {
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
                    assertThat(e.httpStatus()).isBetween(400, 499);
                });
    }
}
