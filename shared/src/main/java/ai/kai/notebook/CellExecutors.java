package ai.kai.notebook;

import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.files.FileProfileService;
import ai.kai.query.QueryEngine;

/** One executor per {@link CellType}, built from the services the cells use. */
public final class CellExecutors {
    private final CellExecutor query;
    private final CellExecutor code;
    private final CellExecutor chart = new ChartCellExecutor();
    private final CellExecutor analysis;
    private final CellExecutor profile;
    private final CellExecutor text = new TextCellExecutor();

    public CellExecutors(QueryEngine engine, String memoryLimit, StatisticsAnalysis statistics, ForecastAnalysis forecasts,
                         AnomalyAnalysis anomalies, FileProfileService profiles) {
        this.query = new QueryCellExecutor(engine);
        this.code = new CodeCellExecutor(engine, memoryLimit);
        this.analysis = new AnalysisCellExecutor(statistics, forecasts, anomalies);
        this.profile = new ProfileCellExecutor(profiles);
    }

    CellOutput run(Cell cell, RunContext context) {
        CellExecutor executor = switch (cell.type()) {
            case QUERY -> query;
            case CODE -> code;
            case VISUALIZATION -> chart;
            case STATS, FORECAST, ANOMALIES -> analysis;
            case PROFILE -> profile;
            case TEXT -> text;
        };
        return executor.run(cell, context);
    }
}
