package ai.kai.analytics;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.kai.anomaly.AnomalyRequest;
import ai.kai.anomaly.AnomalyResult;
import ai.kai.anomaly.AnomalyService;
import ai.kai.decompose.SeriesInput;
import ai.kai.tenancy.TenantId;

/**
 * Runs an {@link AnomalyCall}: loads the value column(s) and the optional date column in table order, turns the
 * cells into numbers and time stamps ({@link SeriesInput}: a missing, non-numeric or undatable cell is a 400 naming
 * its index), and answers the {@link AnomalyService}'s {@link AnomalyResult}; its indexes are row positions.
 */
public final class AnomalyAnalysis {
    private final AnomalyService anomalies;
    private final ColumnLoader loader;

    public AnomalyAnalysis(AnomalyService anomalies, ColumnLoader loader) {
        this.anomalies = anomalies;
        this.loader = loader;
    }

    public Analysis run(TenantId tenant, AnomalyCall call) {
        List<String> wanted = new ArrayList<>(call.valueColumns());
        if (call.dateColumn() != null) {
            wanted.add(call.dateColumn());
        }
        DataColumns data = loader.load(tenant, call.source(), wanted);
        List<AnomalyRequest.Column> columns = new ArrayList<>();
        for (String c : call.valueColumns()) {
            String name = data.name(c);
            columns.add(new AnomalyRequest.Column(name, SeriesInput.numbers(name, data.cells(c))));
        }
        List<Temporal> dates = call.dateColumn() == null ? null : SeriesInput.dates(data.cells(call.dateColumn()));
        AnomalyRequest request = new AnomalyRequest(columns, dates, call.method(), call.threshold(), call.period(),
                call.contamination(), AnomalyRequest.DEFAULT_SEED);
        AnomalyResult result = anomalies.detect(request);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.putAll(call.source().metadata());
        metadata.put("rows", data.rowCount());
        metadata.put("value_columns", columns.stream().map(AnomalyRequest.Column::name).toList());
        if (call.dateColumn() != null) {
            metadata.put("date_column", data.name(call.dateColumn()));
        }
        return new Analysis(result, metadata);
    }
}
