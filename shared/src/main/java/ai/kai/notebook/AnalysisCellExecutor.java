package ai.kai.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.analytics.Analysis;
import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.AnomalyCall;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.ForecastCall;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.analytics.StatisticsCall;
import ai.kai.json.Json;

/**
 * Statistics, forecast and anomaly cells: the cell's options are the analytics request ({@code test_type},
 * {@code value_column}, …) over the rows of {@code source}, or over the notebook's file when it names none.
 */
final class AnalysisCellExecutor implements CellExecutor {
    private final StatisticsAnalysis statistics;
    private final ForecastAnalysis forecasts;
    private final AnomalyAnalysis anomalies;

    AnalysisCellExecutor(StatisticsAnalysis statistics, ForecastAnalysis forecasts, AnomalyAnalysis anomalies) {
        this.statistics = statistics;
        this.forecasts = forecasts;
        this.anomalies = anomalies;
    }

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        ObjectNode body = CellChecks.probe(cell);
        body.remove("file_id");
        if (cell.source() != null) {
            body.set("data", context.rowObjects(cell.source()));
        } else {
            context.database();
            body.put("file_id", context.notebook().fileId());
        }
        Analysis analysis = switch (cell.type()) {
            case STATS -> statistics.run(context.tenant(), StatisticsCall.from(body));
            case FORECAST -> forecasts.run(context.tenant(), ForecastCall.from(body));
            case ANOMALIES -> anomalies.run(context.tenant(), AnomalyCall.from(body));
            default -> throw new IllegalArgumentException(cell.type().wire() + " is not an analysis");
        };
        return new CellOutput.Result(Json.mapper().valueToTree(analysis.result()),
                Json.mapper().valueToTree(analysis.metadata()));
    }
}
