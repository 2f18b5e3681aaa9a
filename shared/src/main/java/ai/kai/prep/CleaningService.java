package ai.kai.prep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileIds;
import ai.kai.files.FileKeys;
import ai.kai.files.FileName;
import ai.kai.files.FileRecord;
import ai.kai.files.FileRepository;
import ai.kai.files.FileService;
import ai.kai.files.FileView;
import ai.kai.files.Lineage;
import ai.kai.files.StoredDataset;
import ai.kai.files.StoredTable;
import ai.kai.query.DatabaseCache;
import ai.kai.storage.BlobInfo;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Cleans a file without touching it: the steps run in DuckDB over the parent's stored table (attached read-only),
 * and the result becomes a new file version — its own id, stored form and record — linked to its parent.
 */
public final class CleaningService {
    private final FileService files;
    private final FileRepository repository;
    private final BlobStore blobs;
    private final DatabaseCache cache;
    private final ai.kai.files.FileProfiler profiler;
    private final Path workRoot;
    private final String memoryLimit;
    private final Clock clock;

    public CleaningService(FileService files, FileRepository repository, BlobStore blobs, DatabaseCache cache,
                           ai.kai.files.FileProfiler profiler, Path workRoot, String memoryLimit, Clock clock) {
        this.profiler = profiler;
        this.files = files;
        this.repository = repository;
        this.blobs = blobs;
        this.cache = cache;
        this.workRoot = workRoot;
        this.memoryLimit = memoryLimit;
        this.clock = clock;
    }

    public CleaningResult clean(TenantId tenant, String fileId, List<CleaningOperation> operations,
                                List<Map<String, Object>> requested, String newName) {
        long started = System.nanoTime();
        FileRecord parent = files.requireReady(tenant, fileId);
        Path source = cache.fetch(blobs, parent.databaseKey(), parent.databaseEtag());
        String newId = FileIds.next(clock);
        String name = new FileName(newName != null ? newName : cleanedName(parent.name())).display();
        Path work = workRoot.resolve(newId);
        try {
            Files.createDirectories(work);
            Path database = work.resolve("data.duckdb");
            Path parquet = work.resolve("data.parquet");
            List<OperationReport> reports = new ArrayList<>();
            long rows;
            List<ai.kai.files.ColumnSchema> columns;
            List<Map<String, Object>> preview;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("SET memory_limit='" + memoryLimit + "'");
                s.execute("SET temp_directory='" + q(work.resolve("spill").toString()) + "'");
                s.execute("ATTACH '" + q(source.toString()) + "' AS src (READ_ONLY)");
                s.execute("ATTACH '" + q(database.toString()) + "' AS out");
                CleaningPipeline.Outcome outcome = CleaningPipeline.run(c, "src.data", operations);
                reports.addAll(outcome.reports());
                Table current = outcome.result();
                s.execute("CREATE TABLE out.data AS SELECT * EXCLUDE (" + Table.ROW + ") FROM " + current.name()
                        + " ORDER BY " + Table.ROW);
                rows = StoredTable.count(s, "out");
                columns = StoredTable.columns(s, "out");
                preview = StoredTable.preview(s, "out");
                s.execute("COPY out.data TO '" + q(parquet.toString()) + "' (FORMAT parquet, COMPRESSION zstd)");
                s.execute("DETACH out");
            }
            String dbKey = FileKeys.database(tenant, newId);
            String parquetKey = FileKeys.parquet(tenant, newId);
            BlobInfo db = blobs.put(dbKey, database, "application/vnd.duckdb");
            blobs.put(parquetKey, parquet, "application/vnd.apache.parquet");
            StoredDataset dataset = new StoredDataset(parent.format(), dbKey, db.etag(), parquetKey, rows, columns, preview, null);
            int version = parent.lineage() == null ? 2 : parent.lineage().version() + 1;
            Lineage lineage = new Lineage(parent.fileId(), version, requested, new ArrayList<>(reports));
            FileRecord record = FileRecord.derived(newId, name, dataset, Files.size(database), lineage,
                    (System.nanoTime() - started) / 1_000_000, Instant.now(clock).toString());
            record = record.withProfile(profiler.profileAndStore(database, tenant, newId, name));
            repository.create(tenant, record);
            return new CleaningResult(FileView.of(record), parent.fileId(), reports);
        } catch (SQLException e) {
            blobs.deletePrefix(FileKeys.prefix(tenant, newId));
            throw new KaiException(ErrorCode.INVALID_CLEANING_OPERATION, "a cleaning step failed: "
                    + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new KaiException(ErrorCode.INTERNAL_ERROR, "cleaning could not write its work files", e);
        } finally {
            deleteTree(work);
        }
    }

    static String cleanedName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-cleaned" + name.substring(dot) : name + "-cleaned";
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }

    private static String q(String s) {
        return s.replace("'", "''");
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: /tmp is cleaned with the execution environment
        }
    }

    /** The request's operations as plain maps, kept with the new version for its lineage. */
    public static List<Map<String, Object>> asRequested(com.fasterxml.jackson.databind.JsonNode operations) {
        List<Map<String, Object>> out = new ArrayList<>();
        operations.forEach(op -> out.add(ai.kai.json.Json.mapper().convertValue(op, LinkedHashMap.class)));
        return out;
    }
}
