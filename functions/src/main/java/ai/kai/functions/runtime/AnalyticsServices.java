package ai.kai.functions.runtime;

import ai.kai.analytics.AnomalyAnalysis;
import ai.kai.analytics.ColumnLoader;
import ai.kai.analytics.ForecastAnalysis;
import ai.kai.analytics.StatisticsAnalysis;
import ai.kai.anomaly.AnomalyService;
import ai.kai.forecast.ForecastService;
import ai.kai.stats.StatisticsService;

/**
 * Constructor wiring of the analytics functions (statistics, forecasts, anomalies), on top of {@link Services}:
 * the columns of stored files are read through its file queries (the same sandbox and dataset cache), queries on
 * connections through {@link ConnectionServices#reader()}. Built once
 * per JVM, lazily; {@link #reset()} follows {@link Services#reset()} for the local stack and tests.
 */
public final class AnalyticsServices {
    private static volatile AnalyticsServices instance;

    private final Services services;
    private ColumnLoader columns;
    private StatisticsAnalysis statistics;
    private AnomalyAnalysis anomalies;
    private ForecastAnalysis forecasts;

    private AnalyticsServices(Services services) {
        this.services = services;
    }

    public static AnalyticsServices get() {
        Services current = Services.get();
        AnalyticsServices s = instance;
        if (s == null || s.services != current) {
            synchronized (AnalyticsServices.class) {
                if (instance == null || instance.services != current) {
                    instance = new AnalyticsServices(current);
                }
                s = instance;
            }
        }
        return s;
    }

    public static synchronized void reset() {
        instance = null;
    }

    public String tenantClaim() {
        return services.tenantClaim();
    }

    public synchronized ColumnLoader columns() {
        if (columns == null) {
            columns = new ColumnLoader(services.files(), services.fileQueries(), ConnectionServices.reader());
        }
        return columns;
    }

    public synchronized StatisticsAnalysis statistics() {
        if (statistics == null) {
            statistics = new StatisticsAnalysis(new StatisticsService(), columns());
        }
        return statistics;
    }

    public synchronized AnomalyAnalysis anomalies() {
        if (anomalies == null) {
            anomalies = new AnomalyAnalysis(new AnomalyService(), columns());
        }
        return anomalies;
    }

    public synchronized ForecastAnalysis forecasts() {
        if (forecasts == null) {
            forecasts = new ForecastAnalysis(new ForecastService(), columns());
        }
        return forecasts;
    }
}
