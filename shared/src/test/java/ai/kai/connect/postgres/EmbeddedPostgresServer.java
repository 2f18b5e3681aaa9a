package ai.kai.connect.postgres;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven binaries that checks passwords: the superuser {@code postgres} (used to set
 * up fixtures) is trusted on loopback, every other role must give its password (scram-sha-256, or md5).
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    public static EmbeddedPostgres start(Path dir) throws Exception {
        return start(dir, "scram-sha-256");
    }

    /** With {@code md5} for clients that predate SCRAM (the Redshift driver speaks MD5, as Redshift does). */
    public static EmbeddedPostgres start(Path dir, String method) throws Exception {
        Files.createDirectories(dir);
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 METHOD
                host all all ::1/128 METHOD
                """.replace("METHOD", method));
        return EmbeddedPostgres.builder()
                .setServerConfig("hba_file", hba.toAbsolutePath().toString())
                .setServerConfig("password_encryption", method)
                .start();
    }
}
