package ai.kai.chart.figure;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.ChartSpec;
import ai.kai.chart.Column;
import ai.kai.chart.Table;
import ai.kai.chart.Theme;

/** What a trace builder works with: the spec, the prepared data, the theme, series colours and the layout. */
record Ctx(ChartSpec spec, Table table, Theme theme, Groups.Palette palette, ObjectNode layout) {
    Column col(String name) {
        return name == null ? null : table.column(name);
    }

    String colour(String series) {
        return theme.seriesColour(palette.of(series));
    }

    /** The series name for y column {@code y} within colour group {@code group}. */
    String seriesName(String y, String group) {
        if (group.isEmpty()) {
            return y;
        }
        return spec.y().size() > 1 ? y + " · " + group : group;
    }
}
