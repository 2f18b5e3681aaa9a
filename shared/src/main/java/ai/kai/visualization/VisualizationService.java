package ai.kai.visualization;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartHtml;
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
 * Generates, shows and exports a tenant's visualizations. A figure is built from inline rows, from a file
 * (aggregated in DuckDB) or from a query on a connection, stored as JSON in object storage with a {@code VIZ#id} record beside it; exports are
 * rendered from the stored figure and handed out by presigned URL, because an offline HTML page or a large PNG does
 * not fit in an API response.
 */
public final class VisualizationService {
    private final VisualizationRepository repository;
    private final BlobStore blobs;
    private final ThemeCatalog themes;
    private final FileChartData fileData;
    private final ConnectionChartData connectionData;
    private final ChartService charts = new ChartService();
    private final Clock clock;
    private final Duration urlTtl;
    private final InlineBudget inline;

    public VisualizationService(VisualizationRepository repository, BlobStore blobs, ThemeCatalog themes,
                                FileChartData fileData, ConnectionChartData connectionData, Clock clock, Duration urlTtl,
                                long maxInlineBytes) {
        this.repository = repository;
        this.blobs = blobs;
        this.themes = themes;
        this.fileData = fileData;
        this.connectionData = connectionData;
        this.clock = clock;
        this.urlTtl = urlTtl;
        this.inline = new InlineBudget(maxInlineBytes);
    }

    public Visualization generate(TenantId tenant, ChartSpec spec, ChartDataRequest data) {
        Theme theme = themes.resolve(tenant, spec.theme());
        PreparedData prepared = data.isInline() ? InlineChartData.prepare(spec, data.rows())
                : data.isConnection() ? connectionData.prepare(tenant, spec, data)
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
        return view(record, inline.fits(json) ? figure : null);
    }

    public Visualization get(TenantId tenant, String vizId) {
        VisualizationRecord record = repository.require(tenant, vizId);
        byte[] json = figureJson(record);
        return view(record, inline.fits(json) ? parse(json) : null);
    }

    /** The light HTML page (plotly.js from the CDN), or RESULT_TOO_LARGE when it does not fit in a response. */
    public String cdnPage(TenantId tenant, String vizId) {
        String page = ChartHtml.cdn(figure(repository.require(tenant, vizId)));
        if (!inline.fits(page.getBytes(StandardCharsets.UTF_8))) {
            throw new KaiException(ErrorCode.RESULT_TOO_LARGE, "the page is too large for a response; export it with "
                    + "POST /api/v2/visualizations/" + vizId + "/export {\"format\": \"html_cdn\"} and download it by URL");
        }
        return page;
    }

    public ExportResult export(TenantId tenant, String vizId, ExportRequest request) {
        VisualizationRecord record = repository.require(tenant, vizId);
        byte[] content = FigureExporter.render(figure(record), request.format(), request.options());
        String key = VisualizationKeys.export(tenant, vizId, request.format());
        blobs.put(key, content, request.format().mediaType());
        String page = request.format() == OutputFormat.HTML_CDN && inline.fits(content)
                ? new String(content, StandardCharsets.UTF_8) : null;
        return new ExportResult(vizId, request.format(), request.format().mediaType(), content.length,
                blobs.presignGet(key, urlTtl).toString(), expiry(), page);
    }

    private JsonNode figure(VisualizationRecord record) {
        return parse(figureJson(record));
    }

    private byte[] figureJson(VisualizationRecord record) {
        return blobs.read(record.figureKey()).orElseThrow(() -> new KaiException(ErrorCode.INTERNAL_ERROR,
                "the figure of " + record.vizId() + " is missing from storage"));
    }

    private static JsonNode parse(byte[] json) {
        return Json.parseRequest(new String(json, StandardCharsets.UTF_8));
    }

    /** The record with the figure inline when given (it fits a response), and always its presigned URL. */
    private Visualization view(VisualizationRecord r, JsonNode figure) {
        return new Visualization(r.vizId(), r.chartType(), r.title(), r.spec(), r.source(), r.createdAt(), r.rowsCharted(),
                r.sampled(), r.note(), r.figureBytes(), figure, blobs.presignGet(r.figureKey(), urlTtl).toString(), expiry());
    }

    private String expiry() {
        return Instant.now(clock).plus(urlTtl).toString();
    }
}
