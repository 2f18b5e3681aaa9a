package ai.kai.knowledge.mdl;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import ai.kai.connect.ConnectionManager;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.ColumnSchema;
import ai.kai.files.FileIds;
import ai.kai.files.FileProfiler;
import ai.kai.files.FileRecord;
import ai.kai.files.FileService;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryEngine;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * The data behind semantic layers: drafts a layer from a file (its profile) or a connection table (its schema), and
 * validates a layer against the source its {@code source} names (a file id, else a connection alias).
 */
public final class MdlSources {
    private final FileService files;
    private final BlobStore blobs;
    private final DatabaseCache cache;
    private final QueryEngine engine;
    private final FileProfiler profiler;
    private final Supplier<ConnectionManager> connections;

    public MdlSources(FileService files, BlobStore blobs, DatabaseCache cache, QueryEngine engine, FileProfiler profiler,
                      Supplier<ConnectionManager> connections) {
        this.files = files;
        this.blobs = blobs;
        this.cache = cache;
        this.engine = engine;
        this.profiler = profiler;
        this.connections = connections;
    }

    public SemanticLayer generateFromFile(TenantId tenant, String fileId) {
        FileRecord record = files.requireReady(tenant, fileId);
        Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
        return MdlGenerator.fromProfile(fileId, modelName(record.name()), profiler.profile(database));
    }

    public SemanticLayer generateFromConnection(TenantId tenant, String alias, String table) {
        if (table == null || table.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "name the connection's 'table' to describe");
        }
        List<ColumnSchema> columns = new ConnectionMdlData(connections.get(), tenant, alias).columns(table)
                .orElseThrow(() -> new KaiException(ErrorCode.TABLE_NOT_FOUND, "connection '" + alias
                        + "' has no table '" + table + "'; list them with kai connection schema " + alias));
        return MdlGenerator.fromSchema(alias, modelName(table.substring(table.lastIndexOf('.') + 1)), table, columns);
    }

    /** Parses the YAML, then checks it against the data of the source it names. */
    public MdlValidation validate(TenantId tenant, String yaml) {
        ParsedMdl parsed = MdlYaml.parse(yaml);
        return MdlValidator.validate(parsed, data(tenant, parsed.layer().source()));
    }

    private MdlData data(TenantId tenant, String source) {
        MdlService.requireSource(source);
        if (FileIds.looksLikeId(source)) {
            FileRecord record = files.requireReady(tenant, source);
            Path database = cache.fetch(blobs, record.databaseKey(), record.databaseEtag());
            return new FileMdlData(engine, database, record.columns());
        }
        return new ConnectionMdlData(connections.get(), tenant, source);
    }

    /** A model name from a file or table name: "Sales 2024.csv" gives sales_2024. */
    static String modelName(String name) {
        String base = name == null ? "data" : name.replaceFirst("\\.[A-Za-z0-9]{1,5}(\\.gz)?$", "");
        String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "data" : Character.isDigit(slug.charAt(0)) ? "t_" + slug : slug;
    }
}
