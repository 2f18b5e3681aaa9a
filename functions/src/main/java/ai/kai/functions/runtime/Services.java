package ai.kai.functions.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import ai.kai.config.KaiConfig;
import ai.kai.files.DatasetConverter;
import ai.kai.files.FileProfileService;
import ai.kai.files.FileProfiler;
import ai.kai.files.FileQueryService;
import ai.kai.files.FileRepository;
import ai.kai.files.FileService;
import ai.kai.files.IngestService;
import ai.kai.functions.http.Identity;
import ai.kai.prep.CleaningService;
import ai.kai.query.DatabaseCache;
import ai.kai.query.QueryEngine;
import ai.kai.storage.BlobStore;
import ai.kai.storage.DynamoMetadataStore;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.S3BlobStore;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Constructor wiring of the services a function needs, without a DI container (DESIGN D2). Built once per
 * JVM, lazily, so each function pays only for what its handler touches; the local stack shares one instance
 * across all handlers in its JVM.
 */
public final class Services {
    private static volatile Services instance;

    private final KaiConfig config;
    private BlobStore blobs;
    private MetadataStore metadata;
    private FileService files;
    private IngestService ingest;
    private FileQueryService fileQueries;
    private DatabaseCache datasetCache;
    private CleaningService cleaning;
    private FileProfiler profiler;
    private FileProfileService fileProfiles;

    private Services(KaiConfig config) {
        this.config = config;
    }

    public static Services get() {
        Services s = instance;
        if (s == null) {
            synchronized (Services.class) {
                if (instance == null) {
                    instance = new Services(KaiConfig.fromEnvironment());
                }
                s = instance;
            }
        }
        return s;
    }

    /** For the local stack and tests: rebuild from the current settings. */
    public static synchronized void reset() {
        instance = null;
    }

    public KaiConfig config() {
        return config;
    }

    public String tenantClaim() {
        String claim = System.getProperty("kai.tenant.claim", System.getenv("KAI_TENANT_CLAIM"));
        return claim == null || claim.isBlank() ? Identity.DEFAULT_TENANT_CLAIM : claim;
    }

    public synchronized BlobStore blobs() {
        if (blobs == null) {
            S3Configuration s3Config = S3Configuration.builder().pathStyleAccessEnabled(config.s3Endpoint().isPresent()).build();
            var client = S3Client.builder().region(Region.of(config.region()))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).serviceConfiguration(s3Config);
            var presigner = S3Presigner.builder().region(Region.of(config.region())).serviceConfiguration(s3Config);
            config.s3Endpoint().map(URI::create).ifPresent(uri -> {
                client.endpointOverride(uri);
                presigner.endpointOverride(uri);
            });
            blobs = new S3BlobStore(client.build(), presigner.build(), config.bucket());
        }
        return blobs;
    }

    public synchronized MetadataStore metadata() {
        if (metadata == null) {
            var client = DynamoDbClient.builder().region(Region.of(config.region()))
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            config.dynamoDbEndpoint().map(URI::create).ifPresent(client::endpointOverride);
            metadata = new DynamoMetadataStore(client.build(), config.table());
        }
        return metadata;
    }

    public synchronized FileService files() {
        if (files == null) {
            files = new FileService(blobs(), new FileRepository(metadata()), Clock.systemUTC(),
                    config.maxInlineUploadBytes(), config.maxUploadBytes(), config.presignTtl());
        }
        return files;
    }

    public synchronized IngestService ingest() {
        if (ingest == null) {
            DatasetConverter converter = new DatasetConverter(config.duckDbMemoryLimit(), config.duckDbThreads());
            Path work = config.cacheDir().resolve("ingest");
            ingest = new IngestService(blobs(), new FileRepository(metadata()), converter, profiler(), work, Clock.systemUTC());
        }
        return ingest;
    }

    public synchronized FileQueryService fileQueries() {
        if (fileQueries == null) {
            fileQueries = new FileQueryService(files(), blobs(), datasetCache(), new QueryEngine(config));
        }
        return fileQueries;
    }

    public synchronized FileProfileService fileProfiles() {
        if (fileProfiles == null) {
            fileProfiles = new FileProfileService(new FileRepository(metadata()), blobs(), datasetCache(), profiler(),
                    config.cacheDir().resolve("profile"));
        }
        return fileProfiles;
    }

    public synchronized FileProfiler profiler() {
        if (profiler == null) {
            profiler = new FileProfiler(blobs());
        }
        return profiler;
    }

    public synchronized DatabaseCache datasetCache() {
        if (datasetCache == null) {
            datasetCache = new DatabaseCache(config.cacheDir().resolve("datasets"), config.cacheMaxBytes());
        }
        return datasetCache;
    }

    public synchronized CleaningService cleaning() {
        if (cleaning == null) {
            cleaning = new CleaningService(files(), new FileRepository(metadata()), blobs(), datasetCache(), profiler(),
                    config.cacheDir().resolve("cleaning"), config.duckDbMemoryLimit(), Clock.systemUTC());
        }
        return cleaning;
    }
}
