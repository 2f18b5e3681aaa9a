/**
 * Stored visualizations (DESIGN D8, D10): the service behind {@code /api/v2/visualizations}. A request names a chart
 * spec ({@link ai.kai.visualization.ChartRequests}) and its data ({@link ai.kai.visualization.ChartDataRequest}):
 * inline rows, or a file — optionally through a read-only query — that is aggregated or sampled in DuckDB by
 * {@link ai.kai.visualization.FileChartData}, so big data never enters the JVM. The Plotly figure is stored in object
 * storage ({@code tenants/{tenant}/visualizations/{viz_id}/figure.json}) with a {@code VIZ#id} metadata record;
 * exports (PNG, SVG, PDF, offline HTML, CDN HTML) are rendered from the stored figure, written beside it and handed
 * out as presigned URLs, because an offline page (≈11 MB with plotly.js) is over API Gateway's 10 MB limit.
 * {@link ai.kai.visualization.ChartRecommendations} ranks chart types for the same kinds of data.
 */
package ai.kai.visualization;
