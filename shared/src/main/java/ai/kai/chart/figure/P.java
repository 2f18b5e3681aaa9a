package ai.kai.chart.figure;

import java.util.Collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.chart.Column;
import ai.kai.chart.ColumnType;

/** Small factory for Plotly JSON nodes. Attribute names are Plotly's own, written literally by the callers. */
final class P {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private P() {
    }

    static ObjectNode obj() {
        return F.objectNode();
    }

    static ArrayNode arr() {
        return F.arrayNode();
    }

    /** Numbers of the rows; missing values become null (a gap in Plotly). */
    static ArrayNode numbers(Column c, int[] rows) {
        ArrayNode a = F.arrayNode(rows.length);
        for (int r : rows) {
            double v = c.number(r);
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a;
    }

    static ArrayNode numbers(double[] values) {
        ArrayNode a = F.arrayNode(values.length);
        for (double v : values) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a;
    }

    /** Values as Plotly expects them on an axis: numbers as numbers, dates as ISO text, the rest as labels. */
    static ArrayNode values(Column c, int[] rows) {
        if (c.type() == ColumnType.NUMBER) {
            return numbers(c, rows);
        }
        ArrayNode a = F.arrayNode(rows.length);
        for (int r : rows) {
            if (c.type() == ColumnType.TEMPORAL && c.isNull(r)) {
                a.addNull();
            } else {
                a.add(c.label(r));
            }
        }
        return a;
    }

    static ArrayNode texts(Collection<String> values) {
        ArrayNode a = F.arrayNode(values.size());
        values.forEach(a::add);
        return a;
    }

    static ObjectNode title(String text) {
        ObjectNode t = obj();
        t.put("text", text == null ? "" : text);
        return t;
    }

    /** {@code rgba(r,g,b,a)} of a {@code #rrggbb} colour. */
    static String rgba(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgba(" + (rgb >> 16 & 255) + "," + (rgb >> 8 & 255) + "," + (rgb & 255) + "," + alpha + ")";
    }

    /** A Plotly colorscale {@code [[0,c0],…,[1,cn]]} from evenly spaced colours. */
    static ArrayNode colorscale(java.util.List<String> colours) {
        ArrayNode scale = arr();
        for (int i = 0; i < colours.size(); i++) {
            ArrayNode stop = arr();
            stop.add(i / (double) (colours.size() - 1));
            stop.add(colours.get(i));
            scale.add(stop);
        }
        return scale;
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
