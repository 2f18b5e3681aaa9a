package ai.kai.functions.runtime;

import java.time.Clock;

import ai.kai.chart.MetadataThemeStore;
import ai.kai.chart.ThemeCatalog;
import ai.kai.query.QueryEngine;
import ai.kai.visualization.ChartRecommendations;
import ai.kai.visualization.ConnectionChartData;
import ai.kai.visualization.FileChartData;
import ai.kai.visualization.VisualizationRepository;
import ai.kai.visualization.VisualizationService;

/**
 * Constructor wiring of the chart functions, on top of {@link Services} (its storage clients, file service, dataset
 * cache and settings). Built lazily once per JVM; rebuilt when {@link Services#reset()} gave a new {@code Services}
 * (the local stack does that when it starts), so it never holds clients of a stack that is gone.
 */
public final class ChartServices {
    private static ChartServices instance;

    private final Services services;
    private ThemeCatalog themes;
    private FileChartData fileData;
    private ConnectionChartData connectionData;
    private VisualizationService visualizations;
    private ChartRecommendations recommendations;

    private ChartServices(Services services) {
        this.services = services;
    }

    public static synchronized ChartServices get() {
        Services current = Services.get();
        if (instance == null || instance.services != current) {
            instance = new ChartServices(current);
        }
        return instance;
    }

    public synchronized ThemeCatalog themes() {
        if (themes == null) {
            themes = new ThemeCatalog(new MetadataThemeStore(services.metadata()));
        }
        return themes;
    }

    public synchronized VisualizationService visualizations() {
        if (visualizations == null) {
            var config = services.config();
            visualizations = new VisualizationService(new VisualizationRepository(services.metadata()), services.blobs(),
                    themes(), fileData(), connectionData(), Clock.systemUTC(), config.presignTtl(), config.maxResultBytes());
        }
        return visualizations;
    }

    public synchronized ChartRecommendations recommendations() {
        if (recommendations == null) {
            recommendations = new ChartRecommendations(fileData(), connectionData());
        }
        return recommendations;
    }

    private ConnectionChartData connectionData() {
        if (connectionData == null) {
            connectionData = new ConnectionChartData(ConnectionServices.reader());
        }
        return connectionData;
    }

    private FileChartData fileData() {
        if (fileData == null) {
            fileData = new FileChartData(services.files(), services.blobs(), services.datasetCache(),
                    new QueryEngine(services.config()));
        }
        return fileData;
    }
}
