package ai.kai.visualization;

import java.util.ArrayList;
import java.util.List;

import ai.kai.chart.ChartRecommender;
import ai.kai.chart.Intent;
import ai.kai.chart.Recommendation;
import ai.kai.chart.Table;
import ai.kai.tenancy.TenantId;

/**
 * Ranked chart types for inline rows or a file (a reproducible sample of it is enough to judge column types and
 * cardinalities), for the stated intent: compare, trend, distribute, relate or compose.
 */
public final class ChartRecommendations {
    /** Rows of a file the recommender looks at. */
    public static final int SAMPLE_ROWS = 10_000;
    private final ChartRecommender recommender = new ChartRecommender();
    private final FileChartData fileData;
    private final ConnectionChartData connectionData;

    public ChartRecommendations(FileChartData fileData, ConnectionChartData connectionData) {
        this.fileData = fileData;
        this.connectionData = connectionData;
    }

    /** The answer: the intent, how many rows were examined, the ranked suggestions. */
    public record Result(Intent intent, int rowsExamined, List<RankedChart> recommendations) {
    }

    public Result recommend(TenantId tenant, ChartDataRequest data, Intent intent) {
        Table table = data.isInline() ? InlineChartData.table(data.rows())
                : data.isConnection() ? connectionData.table(tenant, data)
                : fileData.sample(tenant, data.fileId(), data.sql(), SAMPLE_ROWS);
        List<Recommendation> ranked = recommender.recommend(table, intent);
        List<RankedChart> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            out.add(RankedChart.of(i + 1, ranked.get(i)));
        }
        return new Result(intent, table.rowCount(), out);
    }
}
