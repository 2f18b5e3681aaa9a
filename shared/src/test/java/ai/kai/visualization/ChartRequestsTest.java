package ai.kai.visualization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.Aggregation;
import ai.kai.chart.ChartSpec;
import ai.kai.chart.ChartType;
import ai.kai.chart.SortOrder;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;

/** What a generate, recommend or export body becomes, and the 400s a malformed one gets. */
class ChartRequestsTest {
    private static JsonNode body(String json) {
        return Json.parseRequest(json);
    }

    private static ErrorCode refusal(Runnable r) {
        try {
            r.run();
        } catch (KaiException e) {
            assertThat(e.httpStatus()).as(e.getMessage()).isBetween(400, 499);
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void shouldReadEverySpecFieldFromConfigWithTheChartTypeBesideIt() {
        ChartSpec spec = ChartRequests.spec(body("{\"chart_type\": \"line\", \"config\": {\"x\": \"day\", \"y\": [\"a\", \"b\"],"
                + " \"color\": \"region\", \"facet\": \"product\", \"aggregation\": \"mean\", \"sort\": \"x_desc\","
                + " \"title\": \"Daily\", \"x_label\": \"Day\", \"y_label\": \"Value\", \"theme\": \"dark\", \"width\": 640,"
                + " \"height\": 480}}"));
        assertThat(spec.type()).isEqualTo(ChartType.LINE);
        assertThat(spec.y()).containsExactly("a", "b");
        assertThat(spec.aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(spec.sort()).isEqualTo(SortOrder.X_DESC);
        assertThat(spec.xLabel()).isEqualTo("Day");
        assertThat(spec.yLabel()).isEqualTo("Value");
        assertThat(spec.theme()).isEqualTo("dark");
        assertThat(spec.width()).isEqualTo(640);
        assertThat(spec.facet()).isEqualTo("product");
    }

    @Test
    void shouldAcceptOneYNameAndTheColumnAliasesAndSumBarsByDefault() {
        ChartSpec spec = ChartRequests.spec(body("{\"chart_type\": \"bar\", \"config\": {\"x_column\": \"region\","
                + " \"y_column\": \"revenue\", \"size_column\": \"n\"}}"));
        assertThat(spec.x()).isEqualTo("region");
        assertThat(spec.y()).containsExactly("revenue");
        assertThat(spec.size()).isEqualTo("n");
        assertThat(spec.aggregation()).as("bars of a measure are summed per category").isEqualTo(Aggregation.SUM);
        assertThat(ChartRequests.spec(body("{\"config\": {\"type\": \"scatter\", \"x\": \"a\", \"y\": \"b\"}}")).aggregation())
                .isEqualTo(Aggregation.NONE);
    }

    @Test
    void shouldRefuseMissingOrUnknownTypesAndBadSettingsWithA400() {
        assertThat(refusal(() -> ChartRequests.spec(body("{\"config\": {\"x\": \"a\"}}")))).isEqualTo(ErrorCode.UNKNOWN_CHART_TYPE);
        assertThat(refusal(() -> ChartRequests.spec(body("{\"chart_type\": \"radar\"}")))).isEqualTo(ErrorCode.UNKNOWN_CHART_TYPE);
        assertThat(refusal(() -> ChartRequests.spec(body("{\"chart_type\": \"bar\", \"config\": {\"width\": 20000}}"))))
                .isEqualTo(ErrorCode.INVALID_CHART_SPEC);
        assertThat(refusal(() -> ChartRequests.spec(body("{\"chart_type\": \"bar\", \"config\": {\"width\": \"wide\"}}"))))
                .isEqualTo(ErrorCode.INVALID_CHART_SPEC);
        assertThat(refusal(() -> ChartRequests.spec(body("{\"chart_type\": \"bar\", \"config\": {\"aggregation\": \"avgg\"}}"))))
                .isEqualTo(ErrorCode.INVALID_CHART_SPEC);
        assertThat(refusal(() -> ChartRequests.spec(body("{\"chart_type\": \"bar\", \"config\": [1]}"))))
                .isEqualTo(ErrorCode.INVALID_CHART_SPEC);
    }

    @Test
    void shouldTakeRowsOrAFileWithAnOptionalQueryButNotBoth() {
        ChartDataRequest rows = ChartDataRequest.from(body("{\"data\": [{\"a\": 1}, {\"a\": 2}]}"));
        assertThat(rows.isInline()).isTrue();
        assertThat(rows.rows()).hasSize(2);
        ChartDataRequest file = ChartDataRequest.from(body("{\"file_id\": \"f_1\", \"sql\": \"SELECT 1\"}"));
        assertThat(file.fileId()).isEqualTo("f_1");
        assertThat(file.sql()).isEqualTo("SELECT 1");
        assertThat(refusal(() -> ChartDataRequest.from(body("{}")))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> ChartDataRequest.from(body("{\"data\": [], \"file_id\": \"f_1\"}")))).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> ChartDataRequest.from(body("{\"sql\": \"SELECT 1\"}")))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> ChartDataRequest.from(body("{\"data\": [1, 2]}")))).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(refusal(() -> ChartDataRequest.from(body("{\"data\": {\"a\": 1}}")))).isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    @Test
    void shouldReadExportFormatsAndSizesAndRefuseOthers() {
        ExportRequest png = ExportRequest.from(body("{\"format\": \"png\", \"dpi\": 300, \"width\": 1000}"));
        assertThat(png.format()).isEqualTo(OutputFormat.PNG);
        assertThat(png.options().effectiveScale()).isEqualTo(300 / 96.0);
        assertThat(ExportRequest.from(body("{\"format\": \"html-cdn\"}")).format()).isEqualTo(OutputFormat.HTML_CDN);
        assertThat(refusal(() -> ExportRequest.from(body("{\"format\": \"gif\"}")))).isEqualTo(ErrorCode.UNSUPPORTED_EXPORT_FORMAT);
        assertThat(refusal(() -> ExportRequest.from(body("{}")))).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(refusal(() -> ExportRequest.from(body("{\"format\": \"png\", \"dpi\": 5000}")))).isEqualTo(ErrorCode.INVALID_EXPORT_OPTIONS);
        assertThat(refusal(() -> ExportRequest.from(body("{\"format\": \"png\", \"dpi\": \"high\"}")))).isEqualTo(ErrorCode.INVALID_EXPORT_OPTIONS);
        assertThat(refusal(() -> ExportRequest.from(body("{\"format\": \"pdf\", \"scale\": 20}")))).isEqualTo(ErrorCode.INVALID_EXPORT_OPTIONS);
    }
}
