package ai.kai.chart.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The look a figure's layout asks for: backgrounds, font, grid and line colours, the colorway. */
record Style(Color paper, Color plot, String fontFamily, double fontSize, Color font, Color grid, Color line,
        List<Color> colorway) {

    static Style of(JsonNode layout) {
        List<Color> colorway = new ArrayList<>();
        for (JsonNode c : layout.path("colorway")) {
            colorway.add(Colours.parse(c.asText(), Color.GRAY));
        }
        if (colorway.isEmpty()) {
            for (int rgb : new int[] {0x636efa, 0xef553b, 0x00cc96, 0xab63fa, 0xffa15a, 0x19d3f3, 0xff6692}) {
                colorway.add(new Color(rgb));
            }
        }
        JsonNode x = layout.path("xaxis");
        return new Style(Colours.parse(layout.path("paper_bgcolor").asText(), Color.WHITE),
                Colours.parse(layout.path("plot_bgcolor").asText(), new Color(0xe5ecf6)),
                layout.at("/font/family").asText("sans-serif"), layout.at("/font/size").asDouble(12),
                Colours.parse(layout.at("/font/color").asText(), new Color(0x2a3f5f)),
                Colours.parse(x.path("gridcolor").asText(), Color.WHITE),
                Colours.parse(x.path("linecolor").asText(), Color.WHITE), colorway);
    }

    Color series(int i) {
        return colorway.get(Math.floorMod(i, colorway.size()));
    }

    /** The colour a trace asks for (marker, then line), else the colorway's i-th. */
    Color traceColour(JsonNode trace, int i) {
        JsonNode marker = trace.at("/marker/color");
        if (marker.isTextual()) {
            return Colours.parse(marker.asText(), series(i));
        }
        JsonNode line = trace.at("/line/color");
        return line.isTextual() ? Colours.parse(line.asText(), series(i)) : series(i);
    }

    Color subtle() {
        return Colours.alpha(font, 0.75);
    }
}
