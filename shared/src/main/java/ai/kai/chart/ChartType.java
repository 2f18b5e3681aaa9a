package ai.kai.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Every chart KAI draws. The id is what requests, the CLI and stored visualizations use. */
public enum ChartType {
    LINE(Family.CARTESIAN),
    AREA(Family.CARTESIAN),
    BAR(Family.CARTESIAN),
    BAR_GROUPED(Family.CARTESIAN),
    BAR_STACKED(Family.CARTESIAN),
    BAR_HORIZONTAL(Family.CARTESIAN),
    SCATTER(Family.CARTESIAN),
    BUBBLE(Family.CARTESIAN),
    PIE(Family.PART),
    DONUT(Family.PART),
    HISTOGRAM(Family.DISTRIBUTION),
    BOX(Family.DISTRIBUTION),
    VIOLIN(Family.DISTRIBUTION),
    HEATMAP(Family.MATRIX),
    CORRELATION(Family.MATRIX),
    TREEMAP(Family.HIERARCHY),
    SUNBURST(Family.HIERARCHY),
    FUNNEL(Family.PART),
    WATERFALL(Family.PART),
    SCATTER_3D(Family.SPECIAL),
    PARALLEL_COORDINATES(Family.SPECIAL),
    CANDLESTICK(Family.SPECIAL),
    FORECAST(Family.CARTESIAN);

    /** Groups of types that share a figure builder. */
    public enum Family { CARTESIAN, PART, DISTRIBUTION, MATRIX, HIERARCHY, SPECIAL }

    private final Family family;

    ChartType(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isBar() {
        return this == BAR || this == BAR_GROUPED || this == BAR_STACKED || this == BAR_HORIZONTAL;
    }

    /** Parses an id such as {@code scatter_3d}; also accepts {@code scatter-3d}, {@code heatmap_correlation}. */
    @JsonCreator
    public static ChartType parse(String id) {
        if (id == null || id.isBlank()) {
            throw new KaiException(ErrorCode.UNKNOWN_CHART_TYPE, "the chart type is missing; use one of " + ids());
        }
        String key = id.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (key) {
            case "CORRELATION_MATRIX", "HEATMAP_CORRELATION" -> key = "CORRELATION";
            case "PARCOORDS" -> key = "PARALLEL_COORDINATES";
            case "SCATTER3D" -> key = "SCATTER_3D";
            case "STACKED_BAR" -> key = "BAR_STACKED";
            case "GROUPED_BAR" -> key = "BAR_GROUPED";
            case "HORIZONTAL_BAR" -> key = "BAR_HORIZONTAL";
            default -> { }
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new KaiException(ErrorCode.UNKNOWN_CHART_TYPE,
                    "unknown chart type '" + id + "'; use one of " + ids());
        }
    }

    public static String ids() {
        return Arrays.stream(values()).map(ChartType::id).collect(Collectors.joining(", "));
    }
}
