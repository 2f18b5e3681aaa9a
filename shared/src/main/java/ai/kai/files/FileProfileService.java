package ai.kai.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.profile.DatasetProfile;
import ai.kai.profile.ProfileReport;
import ai.kai.query.DatabaseCache;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Profiles as the API serves them: the one stored at ingest (JSON or the HTML report), a fresh one computed on
 * demand for a file, or one of rows sent inline.
 */
public final class FileProfileService {
    public static final int MAX_INLINE_ROWS = 100_000;
    private final FileRepository files;
    private final BlobStore blobs;
    private final DatabaseCache cache;
    private final FileProfiler profiler;
    private final Path workRoot;

    public FileProfileService(FileRepository files, BlobStore blobs, DatabaseCache cache, FileProfiler profiler, Path workRoot) {
        this.files = files;
        this.blobs = blobs;
        this.cache = cache;
        this.profiler = profiler;
        this.workRoot = workRoot;
    }

    /** The stored profile as JSON. */
    public JsonNode stored(TenantId tenant, String fileId) {
        requireProfiled(tenant, fileId);
        byte[] json = blobs.read(FileKeys.profileJson(tenant, fileId))
                .orElseThrow(() -> new KaiException(ErrorCode.PROFILE_NOT_READY, "the profile of " + fileId + " is missing; "
                        + "recompute it with POST /api/v2/analytics/profile {\"file_id\": \"" + fileId + "\"}"));
        return Json.parseRequest(new String(json, StandardCharsets.UTF_8));
    }

    /** The stored self-contained HTML report. */
    public String storedHtml(TenantId tenant, String fileId) {
        requireProfiled(tenant, fileId);
        return blobs.read(FileKeys.profileHtml(tenant, fileId)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new KaiException(ErrorCode.PROFILE_NOT_READY, "the profile report of " + fileId + " is missing"));
    }

    /** Profiles the file now, stores the result and records its state. */
    public DatasetProfile refresh(TenantId tenant, String fileId) {
        FileRepository.Versioned current = files.require(tenant, fileId);
        FileRecord record = current.record();
        if (record.status() != FileStatus.READY) {
            throw new KaiException(ErrorCode.FILE_NOT_READY, "file " + fileId + " is " + record.status().wire()
                    + "; profile it once it is ready");
        }
        Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
        FileProfileState state = profiler.profileAndStore(database, tenant, fileId, record.name());
        files.replace(tenant, record.withProfile(state), current.version());
        if (!state.isReady()) {
            throw new KaiException(ErrorCode.PROFILE_FAILED, state.error().message());
        }
        return profiler.profile(database);
    }

    /** Profiles rows sent in the request (a JSON array of objects), typed by DuckDB like a JSON upload. */
    public DatasetProfile inline(JsonNode rows) {
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send 'data' as a non-empty list of row objects, or a 'file_id'");
        }
        if (rows.size() > MAX_INLINE_ROWS) {
            throw new KaiException(ErrorCode.PAYLOAD_TOO_LARGE, "inline data is limited to " + MAX_INLINE_ROWS
                    + " rows; upload the data as a file and profile it by file_id");
        }
        if (!rows.get(0).isObject()) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "each row of 'data' must be an object like {\"column\": value}");
        }
        try {
            Files.createDirectories(workRoot);
            Path json = Files.createTempFile(workRoot, "inline", ".json");
            try {
                Files.writeString(json, rows.toString());
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE data AS SELECT * FROM read_json_auto('" + json.toString().replace("'", "''")
                            + "', format = 'array', sample_size = -1)");
                    return profiler.profile(c, "data");
                }
            } finally {
                Files.deleteIfExists(json);
            }
        } catch (SQLException e) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "the inline data could not be read as a table: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "could not stage the inline data", e);
        }
    }

    public static String html(DatasetProfile profile, String title) {
        return ProfileReport.html(profile, title);
    }

    private void requireProfiled(TenantId tenant, String fileId) {
        FileRecord record = files.require(tenant, fileId).record();
        if (record.status() == FileStatus.PENDING) {
            throw new KaiException(ErrorCode.PROFILE_NOT_READY, "file " + fileId + " is still being ingested; its profile follows");
        }
        if (record.status() == FileStatus.FAILED) {
            throw new KaiException(ErrorCode.FILE_NOT_READY, "file " + fileId + " failed to ingest: " + record.error().message());
        }
        if (record.profile() == null || !record.profile().isReady()) {
            String why = record.profile() == null ? "it has not been profiled" : record.profile().error().message();
            throw new KaiException(ErrorCode.PROFILE_NOT_READY, "no profile for " + fileId + " (" + why
                    + "); compute one with POST /api/v2/analytics/profile {\"file_id\": \"" + fileId + "\"}");
        }
    }
}
