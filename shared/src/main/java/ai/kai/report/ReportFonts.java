package ai.kai.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF report embeds (subset), so text looks the same on every machine and any Latin, Greek or Cyrillic
 * text renders: DejaVu Sans regular (the file the chart renderer bundles), bold and oblique, and DejaVu Sans Mono for
 * code. Read once per JVM, at class initialisation (a SnapStart snapshot holds them). Scripts DejaVu lacks (CJK, for
 * one) need a fallback font given to {@link PdfReportRenderer}; without one their characters are left out.
 */
final class ReportFonts {
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final byte[] REGULAR = read("/ai/kai/chart/render/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/ai/kai/report/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = read("/ai/kai/report/fonts/DejaVuSans-Oblique.ttf");
    private static final byte[] MONO_REGULAR = read("/ai/kai/report/fonts/DejaVuSansMono.ttf");

    private ReportFonts() {
    }

    static void register(PdfRendererBuilder builder, List<byte[]> fallbacks) {
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), SANS, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), SANS, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(MONO_REGULAR), MONO, 400, FontStyle.NORMAL, true);
        for (int i = 0; i < fallbacks.size(); i++) {
            byte[] font = fallbacks.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), "kai-fallback-" + i, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
    }

    /** A fallback font file's bytes; a clear message if it cannot be read. */
    static byte[] readFile(Path font) {
        try {
            return Files.readAllBytes(font);
        } catch (IOException e) {
            throw new IllegalArgumentException("the fallback font " + font + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
