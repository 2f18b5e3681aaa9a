package ai.kai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report style sheets, read once from the classpath ({@code ai/kai/report/*.css}). */
final class ReportCss {
    static final String BASE = load("report-base.css");
    static final String HTML = load("report-html.css");
    static final String PDF = load("report-pdf.css");

    private ReportCss() {
    }

    private static String load(String name) {
        try (InputStream in = ReportCss.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report style sheet " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
