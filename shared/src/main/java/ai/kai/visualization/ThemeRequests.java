package ai.kai.visualization;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.chart.Theme;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * A custom theme as sent: {@code {"name", "colorway": ["#rrggbb", …], "paper_background", "plot_background",
 * "font_family", "font_size", "font_color", "grid_color", "line_color", "sequential", "diverging"}}; fields left out
 * take the default theme's values.
 */
public final class ThemeRequests {
    private ThemeRequests() {
    }

    public static Theme theme(JsonNode body) {
        JsonNode name = body.get("name");
        if (name == null || name.isNull() || name.asText().isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "'name' is required, e.g. {\"name\": \"brand\", "
                    + "\"colorway\": [\"#1f77b4\", \"#ff7f0e\"]}");
        }
        return JsonRequests.bind(body, Theme.class, ErrorCode.INVALID_THEME, "the theme");
    }
}
