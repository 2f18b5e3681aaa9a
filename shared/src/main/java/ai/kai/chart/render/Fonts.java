package ai.kai.chart.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Maps a CSS-like font list ("Open Sans, Arial, sans-serif") to an installed AWT family, falling back to the
 * logical {@code SansSerif}; measures text with the same metrics for every back-end.
 *
 * <p>Where no physical font is installed at all (a bare container, a Lambda image without fontconfig fonts; AWT then
 * lists only its logical names, or fails to list anything), every family falls back to DejaVu Sans, bundled as a
 * classpath resource (Bitstream Vera licence, see {@code fonts/LICENSE-DejaVu.txt}) and loaded with
 * {@link Font#createFont}, so text is still drawn and measured.
 */
final class Fonts {
    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());
    static final String BUNDLED_RESOURCE = "fonts/DejaVuSans.ttf";
    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "serif", "sansserif", "monospaced");
    private static final Set<String> INSTALLED = installed();
    /** The bundled font when the system has no physical font; null otherwise. */
    private static final Font BUNDLED = hasPhysicalFont(INSTALLED) ? null : loadBundled();
    private static final Map<String, String> FAMILY = new ConcurrentHashMap<>();
    private static final Graphics2D MEASURE = measuring();

    private Fonts() {
    }

    static Font font(String cssFamilies, double size, boolean bold) {
        int style = bold ? Font.BOLD : Font.PLAIN;
        if (BUNDLED != null) {
            return BUNDLED.deriveFont(style, (float) size);
        }
        String family = FAMILY.computeIfAbsent(cssFamilies == null ? "" : cssFamilies, Fonts::pick);
        return new Font(family, style, 1).deriveFont((float) size);
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

    /** True if any family besides AWT's logical ones (Dialog, SansSerif, …) is installed. */
    static boolean hasPhysicalFont(Set<String> lowerCaseFamilies) {
        return lowerCaseFamilies.stream().anyMatch(f -> !LOGICAL.contains(f));
    }

    /** DejaVu Sans from the classpath, registered with AWT where that works; null if it cannot be read. */
    static Font loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                LOG.warning("no system font and no bundled font at " + BUNDLED_RESOURCE + "; text may not render");
                return null;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.FINE, "the bundled font is used unregistered", e);
            }
            LOG.info("no system font installed: charts use the bundled " + font.getFamily(Locale.ROOT));
            return font;
        } catch (IOException | FontFormatException e) {
            LOG.log(Level.WARNING, "the bundled font could not be loaded", e);
            return null;
        }
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
