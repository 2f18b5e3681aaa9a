package ai.kai.cli.demo;

import java.util.List;

/** The questions the demo asks of the sample, as a person would type them into {@code kai file query}. */
final class DemoQueries {
    record DemoQuery(String title, String sql) {
    }

    static final List<DemoQuery> ALL = List.of(
            new DemoQuery("Revenue by region", """
                    SELECT coalesce(region, '(missing)') AS region, count(*) AS orders, sum(units) AS units,
                           round(sum(revenue), 2) AS revenue
                    FROM data GROUP BY ALL ORDER BY revenue DESC"""),
            new DemoQuery("Monthly revenue trend", """
                    SELECT strftime(order_date, '%Y-%m') AS month, count(*) AS orders, round(sum(revenue), 2) AS revenue,
                           repeat('█', CAST(round(30 * sum(revenue) / max(sum(revenue)) OVER ()) AS INTEGER)) AS trend
                    FROM data GROUP BY ALL ORDER BY month"""),
            new DemoQuery("Top 10 products by revenue", """
                    SELECT product, category, sum(units) AS units, round(sum(revenue), 2) AS revenue
                    FROM data GROUP BY ALL ORDER BY revenue DESC LIMIT 10"""),
            new DemoQuery("Year-over-year growth by region (window function: LAG)", """
                    WITH yearly AS (
                        SELECT region, year(order_date) AS year, sum(revenue) AS revenue
                        FROM data WHERE region IS NOT NULL GROUP BY ALL)
                    SELECT region, year, round(revenue, 2) AS revenue,
                           round(100 * (revenue / lag(revenue) OVER (PARTITION BY region ORDER BY year) - 1), 1) AS growth_pct
                    FROM yearly ORDER BY region, year"""));

    private DemoQueries() {
    }
}
