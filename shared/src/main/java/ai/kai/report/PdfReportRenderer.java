package ai.kai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Renders a {@link Report} as an A4 PDF with the content of the HTML page, laid out by openhtmltopdf (PDFBox 3) from
 * XHTML: the title in each page's header, "Page n of m" in the footer, a table of contents with page numbers and PDF
 * bookmarks, tables that split across pages repeating their header row (at most {@code maxTableRows} rows each; the
 * note says how many there were), and charts drawn as vectors by the project's chart renderer ({@link ChartDrawer}).
 * Fonts are embedded (see {@link ReportFonts}); nothing is fetched from outside while rendering.
 */
public final class PdfReportRenderer {
    /** Rows of one table the PDF shows at most (a 1,000-row table would be ≈ 25 pages). */
    public static final int DEFAULT_MAX_TABLE_ROWS = 200;

    static {
        // openhtmltopdf logs every font load and layout step at INFO: keep its warnings, not one line per render
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final int maxTableRows;
    private final List<byte[]> fallbackFonts;

    public PdfReportRenderer() {
        this(DEFAULT_MAX_TABLE_ROWS, List.of());
    }

    /**
     * @param fallbackFonts TrueType files tried for characters DejaVu Sans lacks, in order (e.g. a CJK font such as
     *                      Noto Sans CJK); they are embedded as subsets, only when used
     */
    public PdfReportRenderer(int maxTableRows, List<Path> fallbackFonts) {
        if (maxTableRows < 1) {
            throw new IllegalArgumentException("maxTableRows must be at least 1; got " + maxTableRows);
        }
        this.maxTableRows = maxTableRows;
        this.fallbackFonts = fallbackFonts.stream().map(ReportFonts::readFile).toList();
    }

    public byte[] render(Report report) {
        List<ReportBlock.Chart> charts = ReportMarkup.charts(report);
        String xhtml = xhtml(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            ReportFonts.register(builder, fallbackFonts);
            builder.useObjectDrawerFactory(new ChartDrawer(charts));
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("KAI Analytics");
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new KaiException(ErrorCode.REPORT_RENDER_FAILED, "the report '" + report.title()
                    + "' could not be rendered as PDF; the HTML report has the same content", e);
        }
        return out.toByteArray();
    }

    /** The XHTML the PDF is laid out from (package-visible for tests). */
    String xhtml(Report report) {
        String body = new ReportMarkup(PdfReportRenderer::chartSlot, maxTableRows).body(report);
        StringBuilder page = new StringBuilder(body.length() + 8192);
        page.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Escape.html(report.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"KAI Analytics\"/>\n");
        if (!report.description().isBlank()) {
            page.append("<meta name=\"subject\" content=\"").append(Escape.html(report.description())).append("\"/>\n");
        }
        page.append("<style>\n").append(ReportCss.BASE).append(ReportCss.PDF).append(fontFamilies()).append("</style>\n");
        bookmarks(page, report);
        page.append("</head>\n<body>\n<div id=\"page-title\">").append(Escape.html(shortTitle(report.title())))
                .append("</div>\n").append(body).append("</body>\n</html>\n");
        return page.toString();
    }

    private static void bookmarks(StringBuilder page, Report report) {
        if (report.sections().isEmpty()) {
            return;
        }
        page.append("<bookmarks>\n");
        for (int i = 0; i < report.sections().size(); i++) {
            page.append("<bookmark name=\"").append(i + 1).append(". ").append(Escape.html(report.sections().get(i).heading()))
                    .append("\" href=\"#").append(ReportMarkup.sectionId(i)).append("\"/>\n");
        }
        page.append("</bookmarks>\n");
    }

    private String fontFamilies() {
        StringBuilder fallbacks = new StringBuilder();
        for (int i = 0; i < fallbackFonts.size(); i++) {
            fallbacks.append(", \"kai-fallback-").append(i).append('"');
        }
        return String.format(Locale.ROOT, "body { font-family: \"%s\"%s, sans-serif; }%ncode, pre { font-family: \"%s\"%s, monospace; }%n",
                ReportFonts.SANS, fallbacks, ReportFonts.MONO, fallbacks);
    }

    private static String shortTitle(String title) {
        return title.length() <= 110 ? title : title.substring(0, 107) + "…";
    }

    private static String chartSlot(int index, ReportBlock.Chart chart) {
        double width = ChartDrawer.LAYOUT_WIDTH * 0.88;
        double height = ChartDrawer.layoutHeight(chart.figure()) * 0.88;
        String caption = chart.title() == null || chart.title().isBlank() ? ""
                : "<figcaption>" + Escape.html(chart.title()) + "</figcaption>";
        return String.format(Locale.ROOT, "<figure class=\"chart\"><object type=\"%s\" data-chart=\"%d\" style=\"width: %.0fpx; height: %.0fpx;\"></object>%s</figure>%n",
                ChartDrawer.TYPE, index, width, height, caption);
    }
}
