package ai.kai.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.kai.error.ErrorCode;
import ai.kai.error.ErrorInfo;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.profile.DatasetProfile;
import ai.kai.profile.ProfileOptions;
import ai.kai.profile.ProfileReport;
import ai.kai.profile.ProfileService;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Profiles a stored dataset and keeps the result beside it ({@code profile.json} and a self-contained
 * {@code profile.html}). A profile that fails never fails the file: its state says why.
 */
public final class FileProfiler {
    private static final Logger LOG = Logger.getLogger(FileProfiler.class.getName());
    private final BlobStore blobs;
    private final ProfileService profiles = new ProfileService();

    public FileProfiler(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Profiles table {@code data} of the database file (opened read-only) and stores both forms. */
    public FileProfileState profileAndStore(Path database, TenantId tenant, String fileId, String title) {
        try {
            DatasetProfile profile = profile(database);
            blobs.put(FileKeys.profileJson(tenant, fileId), Json.write(profile).getBytes(StandardCharsets.UTF_8),
                    "application/json");
            blobs.put(FileKeys.profileHtml(tenant, fileId), ProfileReport.html(profile, title).getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=utf-8");
            return new FileProfileState(FileProfileState.READY, profile.alerts().size(), profile.elapsedMs(), null);
        } catch (KaiException e) {
            LOG.log(Level.WARNING, "profile of " + fileId + " failed", e);
            return new FileProfileState(FileProfileState.FAILED, null, null, ErrorInfo.of(e));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "profile of " + fileId + " failed", e);
            return new FileProfileState(FileProfileState.FAILED, null, null,
                    ErrorInfo.of(ErrorCode.PROFILE_FAILED, "the profile could not be computed; the file is usable"));
        }
    }

    public DatasetProfile profile(Path database) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), readOnly)) {
            return profiles.profile(c, "data", ProfileOptions.defaults());
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.PROFILE_FAILED, "the dataset could not be opened for profiling", e);
        }
    }

    /** Profiles a table of an open connection (inline data, a query result). */
    public DatasetProfile profile(Connection connection, String table) {
        return profiles.profile(connection, table, ProfileOptions.defaults());
    }
}
