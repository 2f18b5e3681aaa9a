/**
 * Charts (DESIGN D10): a {@link ai.kai.chart.ChartSpec} over a {@link ai.kai.chart.Table} becomes a Plotly figure
 * (JSON built as Jackson nodes with Plotly's own attribute names) through {@link ai.kai.chart.ChartService}; HTML
 * through {@link ai.kai.chart.ChartHtml}; PNG/SVG/PDF in-process through {@code render.StaticExporter}.
 *
 * <p>Data flow. Inline rows: {@code Table.fromMaps} → {@code ChartService.figure} (aggregation and sort in Java).
 * Stored datasets: {@link ai.kai.chart.ChartQuery#plan} gives DuckDB SQL that aggregates (or samples, flagged) where
 * the data lives; its result ({@code Table.fromResultSet}) and the plan's spec go to the same service.
 *
 * <p>Static export. One renderer draws the figure JSON (not the spec), so a stored figure exports the same way as a
 * fresh one. It draws onto a small {@code Canvas} with two implementations: a {@code Graphics2D} one (PNG via
 * BufferedImage + ImageIO with pHYs DPI; PDF via pdfbox-graphics2d, page = width×height points, standard-14 fonts
 * so text stays text) and an SVG writer. SVG is emitted directly rather than through Batik's SVGGraphics2D: Batik's
 * svggen needs 9 jars (2.0 MB: batik-svggen, -awt-util, -util, -constants, -i18n, -shared-resources,
 * xmlgraphics-commons, commons-io, commons-logging) to replace one ≈200-line class, and writing SVG ourselves keeps
 * text as {@code <text>} and one element per mark. Large traces are reduced (LTTB for lines, seeded uniform samples
 * for markers, merged candles) and the chart says so.
 *
 * <p>Themes: {@code default} and {@code dark} built in; custom themes validated by {@link ai.kai.chart.Theme} and
 * stored per tenant by {@link ai.kai.chart.MetadataThemeStore} ({@code SK=THEME#name}).
 */
package ai.kai.chart;
