package ai.kai.chart.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses the colours a figure holds ({@code #rrggbb}, {@code #rgb}, {@code rgb()/rgba()}, a few names) and colorscales. */
final class Colours {
    private Colours() {
    }

    static Color parse(String s, Color fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        String v = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("#") && v.length() == 7) {
                return new Color(Integer.parseInt(v.substring(1), 16));
            }
            if (v.startsWith("#") && v.length() == 4) {
                int r = Integer.parseInt(v.substring(1, 2), 16), g = Integer.parseInt(v.substring(2, 3), 16),
                        b = Integer.parseInt(v.substring(3, 4), 16);
                return new Color(r * 17, g * 17, b * 17);
            }
            if (v.startsWith("rgb")) {
                String[] p = v.substring(v.indexOf('(') + 1, v.indexOf(')')).split(",");
                int alpha = p.length > 3 ? (int) Math.round(Double.parseDouble(p[3].trim()) * 255) : 255;
                return new Color(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()), alpha);
            }
        } catch (RuntimeException e) {
            return fallback;
        }
        return switch (v) {
            case "white" -> Color.WHITE;
            case "black" -> Color.BLACK;
            case "transparent" -> new Color(0, 0, 0, 0);
            default -> fallback;
        };
    }

    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** A readable text colour on {@code background}. */
    static Color contrast(Color background) {
        double l = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return l > 150 ? new Color(0x2a, 0x3f, 0x5f) : Color.WHITE;
    }

    /** A colorscale {@code [[0,"#…"],…,[1,"#…"]]}; Viridis-like when absent. */
    record Scale(List<Double> stops, List<Color> colours) {
        static Scale of(JsonNode node) {
            List<Double> stops = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            if (node != null && node.isArray()) {
                for (JsonNode stop : node) {
                    stops.add(stop.path(0).asDouble());
                    colours.add(parse(stop.path(1).asText(), Color.GRAY));
                }
            }
            if (stops.size() < 2) {
                return new Scale(List.of(0.0, 0.5, 1.0),
                        List.of(new Color(0x440154), new Color(0x21918c), new Color(0xfde725)));
            }
            return new Scale(stops, colours);
        }

        Color at(double t) {
            double v = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
            for (int i = 1; i < stops.size(); i++) {
                if (v <= stops.get(i)) {
                    double span = stops.get(i) - stops.get(i - 1);
                    double f = span <= 0 ? 0 : (v - stops.get(i - 1)) / span;
                    Color a = colours.get(i - 1), b = colours.get(i);
                    return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                            (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                            (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
                }
            }
            return colours.get(colours.size() - 1);
        }
    }
}
