package ai.kai.chart.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Maps a CSS-like font list ("Open Sans, Arial, sans-serif") to an installed AWT family, falling back to the
 * logical {@code SansSerif}; measures text with the same metrics for every back-end.
 */
final class Fonts {
    private static final Set<String> INSTALLED = installed();
    private static final Map<String, String> FAMILY = new ConcurrentHashMap<>();
    private static final Graphics2D MEASURE = measuring();

    private Fonts() {
    }

    static Font font(String cssFamilies, double size, boolean bold) {
        String family = FAMILY.computeIfAbsent(cssFamilies == null ? "" : cssFamilies, Fonts::pick);
        return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    static synchronized double width(String cssFamilies, String text, double size, boolean bold) {
        FontMetrics m = MEASURE.getFontMetrics(font(cssFamilies, size, bold));
        return m.getStringBounds(text, MEASURE).getWidth();
    }

    private static String pick(String css) {
        for (String f : css.split(",")) {
            String name = f.trim().replace("\"", "").replace("'", "");
            if (INSTALLED.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
            if (name.equalsIgnoreCase("sans-serif")) {
                return Font.SANS_SERIF;
            }
            if (name.equalsIgnoreCase("serif")) {
                return Font.SERIF;
            }
            if (name.equalsIgnoreCase("monospace")) {
                return Font.MONOSPACED;
            }
        }
        return Font.SANS_SERIF;
    }

    private static Set<String> installed() {
        try {
            return java.util.Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (RuntimeException | Error e) {
            return Set.of();
        }
    }

    private static Graphics2D measuring() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
