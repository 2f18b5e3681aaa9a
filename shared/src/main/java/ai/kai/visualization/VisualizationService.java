package ai.kai.visualization;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartService;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.Theme;
import ai.kai.chart.ThemeCatalog;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.BlobStore;
import ai.kai.tenancy.TenantId;

/**
 * Generates, shows and exports a tenant's visualizations. A figure is built from inline rows or from a file
 * (aggregated in DuckDB), stored as JSON in object storage with a {@code VIZ#id} record beside it; exports are
 * rendered from the stored figure and handed out by presigned URL, because an offline HTML page or a large PNG does
 * not fit in an API response.
 */
public final class VisualizationService {
    private final VisualizationRepository repository;
    private final BlobStore blobs;
    private final ThemeCatalog themes;
    private final FileChartData fileData;
    private final ChartService charts = new ChartService();
    private final Clock clock;
    private final Duration urlTtl;
    private final long maxInlineBytes;

    public VisualizationService(VisualizationRepository repository, BlobStore blobs, ThemeCatalog themes,
                                FileChartData fileData, Clock clock, Duration urlTtl, long maxInlineBytes) {
        this.repository = repository;
        this.blobs = blobs;
        this.themes = themes;
        this.fileData = fileData;
        this.clock = clock;
        this.urlTtl = urlTtl;
        this.maxInlineBytes = maxInlineBytes;
    }

    public Visualization generate(TenantId tenant, ChartSpec spec, ChartDataRequest data) {
        Theme theme = themes.resolve(tenant, spec.theme());
        PreparedData prepared = data.isInline() ? InlineChartData.prepare(spec, data.rows())
                : fileData.prepare(tenant, spec, data.fileId(), data.sql());
        ObjectNode figure = charts.figure(prepared.spec(), prepared.table(), theme);
        if (prepared.note() != null) {
            ChartService.annotate(figure, prepared.note());
        }
        String vizId = VisualizationIds.next(clock);
        String key = VisualizationKeys.figure(tenant, vizId);
        byte[] json = Json.write(figure).getBytes(StandardCharsets.UTF_8);
        blobs.put(key, json, "application/json");
        VisualizationRecord record = new VisualizationRecord(vizId, spec.type(), figure.at("/layout/title/text").asText(null),
                spec, prepared.source(), Instant.now(clock).toString(), key, json.length, prepared.table().rowCount(),
                prepared.sampled(), prepared.note());
        try {
            repository.create(tenant, record);
        } catch (RuntimeException e) {
            blobs.deletePrefix(VisualizationKeys.prefix(tenant, vizId));
            throw e;
        }
        return view(record, figure);
    }

    public Visualization get(TenantId tenant, String vizId) {
        VisualizationRecord record = repository.require(tenant, vizId);
        return view(record, record.figureBytes() <= maxInlineBytes ? figure(record) : null);
    }

    /** The stored Plotly figure. */
    public JsonNode figure(TenantId tenant, String vizId) {
        return figure(repository.require(tenant, vizId));
    }

    public ExportResult export(TenantId tenant, String vizId, ExportRequest request) {
        VisualizationRecord record = repository.require(tenant, vizId);
        byte[] content = FigureExporter.render(figure(record), request.format(), request.options());
        String key = VisualizationKeys.export(tenant, vizId, request.format());
        blobs.put(key, content, request.format().mediaType());
        String inline = request.format() == OutputFormat.HTML_CDN && content.length <= maxInlineBytes
                ? new String(content, StandardCharsets.UTF_8) : null;
        return new ExportResult(vizId, request.format(), request.format().mediaType(), content.length,
                blobs.presignGet(key, urlTtl).toString(), expiry(), inline);
    }

    private JsonNode figure(VisualizationRecord record) {
        byte[] json = blobs.read(record.figureKey()).orElseThrow(() -> new KaiException(ErrorCode.INTERNAL_ERROR,
                "the figure of " + record.vizId() + " is missing from storage"));
        return Json.parseRequest(new String(json, StandardCharsets.UTF_8));
    }

    private Visualization view(VisualizationRecord r, JsonNode figure) {
        boolean inline = figure != null && r.figureBytes() <= maxInlineBytes;
        return new Visualization(r.vizId(), r.chartType(), r.title(), r.spec(), r.source(), r.createdAt(), r.rowsCharted(),
                r.sampled(), r.note(), r.figureBytes(), inline ? figure : null,
                blobs.presignGet(r.figureKey(), urlTtl).toString(), expiry());
    }

    private String expiry() {
        return Instant.now(clock).plus(urlTtl).toString();
    }
}
