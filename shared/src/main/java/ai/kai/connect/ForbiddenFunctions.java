package ai.kai.connect;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Functions a read query has no business calling: they read or list the server's files, run programs, reach
 * other servers, change settings, signal or lock, or run SQL given as a string (which would hide it from the
 * guard). Matched by the last part of the name, case-insensitively, so {@code pg_catalog.pg_read_file} and
 * {@code "PG_READ_FILE"} are caught alike.
 */
final class ForbiddenFunctions {
    private static final Set<String> POSTGRES = Set.of("pg_stat_file", "pg_reload_conf", "pg_rotate_logfile",
            "pg_promote", "pg_switch_wal", "pg_create_restore_point", "pg_terminate_backend", "pg_cancel_backend",
            "set_config", "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml",
            "cursor_to_xmlschema", "pg_sleep_for", "pg_sleep_until", "pg_logical_emit_message", "pg_notify",
            "nextval", "setval", "pg_current_logfile", "pg_logdir_ls", "pg_import_system_collations", "txid_current",
            "pg_current_xact_id", "pg_log_backend_memory_contexts", "pg_backup_start", "pg_backup_stop",
            "pg_wal_replay_pause", "pg_wal_replay_resume");
    private static final List<String> POSTGRES_PREFIXES = List.of("pg_read_", "pg_ls_", "pg_file_", "lo_", "dblink",
            "pg_advisory", "pg_try_advisory", "pg_create_", "pg_drop_", "pg_replication_", "pg_stat_reset",
            "pg_copy_", "pg_logical_slot");
    private static final Set<String> MYSQL = Set.of("load_file", "benchmark", "get_lock", "release_lock",
            "release_all_locks", "is_free_lock", "is_used_lock", "master_pos_wait", "source_pos_wait",
            "wait_for_executed_gtid_set", "wait_until_sql_thread_after_gtids", "sys_exec", "sys_eval",
            "master_gtid_wait", "sleep_until");
    private static final Set<String> SQLITE = Set.of("load_extension", "readfile", "writefile", "edit",
            "fts3_tokenizer", "zipfile", "sqlar_compress", "sqlar_uncompress");
    private static final Set<String> SLEEPS = Set.of("pg_sleep", "sleep");

    private ForbiddenFunctions() {
    }

    /** Throws if {@code name} may not be called; {@code literal} is the call's only argument if it is a number. */
    static void check(SqlDialect dialect, String name, Double literal, Duration timeout) {
        String f = name.toLowerCase(Locale.ROOT);
        if (SLEEPS.contains(f)) {
            if (literal != null && literal > timeout.toMillis() / 1000.0) {
                throw new KaiException(ErrorCode.SQL_FORBIDDEN_FUNCTION, f + "(" + literal.longValue()
                        + ") would outlast the statement timeout of " + timeout.toSeconds() + " s and is not run");
            }
            return;
        }
        if (forbidden(dialect, f)) {
            throw new KaiException(ErrorCode.SQL_FORBIDDEN_FUNCTION, "the function " + f
                    + "() reaches beyond reading data (server files, programs, other servers, settings or locks) "
                    + "and is not allowed");
        }
    }

    private static boolean forbidden(SqlDialect dialect, String f) {
        return switch (dialect) {
            case POSTGRES, REDSHIFT -> POSTGRES.contains(f) || POSTGRES_PREFIXES.stream().anyMatch(f::startsWith);
            case MYSQL -> MYSQL.contains(f);
            case SQLITE -> SQLITE.contains(f);
            case SNOWFLAKE -> f.startsWith("system$");
            case BIGQUERY -> false;
        };
    }
}
