/**
 * Data profiling of a stored dataset: {@link ai.kai.profile.ProfileService#profile} turns the DuckDB table of a
 * file into a {@link ai.kai.profile.DatasetProfile} (shape, duplicate rows, per-column statistics, semantic
 * types, histograms, top values, correlations, alerts, and how each figure was computed), and
 * {@link ai.kai.profile.ProfileReport#html} renders it as one self-contained HTML page.
 *
 * <pre>{@code
 * DatasetProfile profile = new ProfileService().profile(connection, "data", ProfileOptions.defaults());
 * String json = Json.write(profile);                       // snake_case, JSON-safe values
 * String html = ProfileReport.html(profile, "sales.csv");  // inline CSS and SVG, no script, no links out
 * }</pre>
 *
 * The profiler reads only, sets nothing and creates nothing, so it runs on the read-only, locked connection of
 * the query sandbox as well as on ingest's own connection. Failures are {@code TABLE_NOT_FOUND} (404) and
 * {@code PROFILE_FAILED} (500); out-of-range options are {@code INVALID_REQUEST} (400).
 */
package ai.kai.profile;
