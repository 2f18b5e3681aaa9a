package ai.kai.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.forecast.ForecastRequest;
import ai.kai.forecast.ForecastResult;
import ai.kai.forecast.ForecastService;
import ai.kai.tenancy.TenantId;
import ai.kai.timeseries.SeriesParser;

/**
 * Runs a {@link ForecastCall}: loads the date and value columns, reads them as a series ({@link SeriesParser}:
 * empty values are missing, an unreadable date or a non-numeric value is a 400 naming the rows), and answers the
 * {@link ForecastService}'s {@link ForecastResult}.
 */
public final class ForecastAnalysis {
    private final ForecastService forecasts;
    private final ColumnLoader loader;

    public ForecastAnalysis(ForecastService forecasts, ColumnLoader loader) {
        this.forecasts = forecasts;
        this.loader = loader;
    }

    public Analysis run(TenantId tenant, ForecastCall call) {
        DataColumns data = loader.load(tenant, call.source(), List.of(call.dateColumn(), call.valueColumn()));
        SeriesParser.Columns series = SeriesParser.parse(texts(data.cells(call.dateColumn())),
                texts(data.cells(call.valueColumn())));
        ForecastRequest request = new ForecastRequest(series.times(), series.values(), call.periods(), call.model(),
                call.level(), call.frequency(), null, null, true);
        ForecastResult result = forecasts.forecast(request);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.putAll(call.source().metadata());
        metadata.put("rows", data.rowCount());
        metadata.put("date_column", data.name(call.dateColumn()));
        metadata.put("value_column", data.name(call.valueColumn()));
        return new Analysis(result, metadata);
    }

    private static List<String> texts(List<Object> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            out.add(cell == null ? null : cell instanceof Number ? Cells.label(cell) : String.valueOf(cell));
        }
        return out;
    }
}
