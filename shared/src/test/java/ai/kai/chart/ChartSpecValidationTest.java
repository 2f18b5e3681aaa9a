package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.ItemPage;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;

class ChartSpecValidationTest {
    private static final Table SALES = ChartFixtures.sales(40);
    private final ChartService service = new ChartService();

    private static KaiException failure(Runnable r) {
        try {
            r.run();
        } catch (KaiException e) {
            return e;
        }
        throw new AssertionError("expected a KaiException");
    }

    @Test
    void shouldNameTheMissingColumnAndTheColumnsThatExist() {
        KaiException e = failure(() -> service.figure(ChartSpec.of(ChartType.BAR).x("regoin").y("revenue").build(), SALES));
        assertThat(e.code()).isEqualTo(ErrorCode.CHART_COLUMN_NOT_FOUND);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("'regoin'").contains("region, product");
    }

    @Test
    void shouldRefuseTextWhereTheChartNeedsNumbersAndListTheNumericColumns() {
        KaiException e = failure(() -> service.figure(ChartSpec.of(ChartType.LINE).x("day").y("region").build(), SALES));
        assertThat(e.code()).isEqualTo(ErrorCode.CHART_NEEDS_NUMERIC);
        assertThat(e.getMessage()).contains("'region' holds text (e.g. 'North')").contains("numeric columns in the data: revenue");
    }

    @Test
    void shouldRefuseAPieWithTooManySlicesAndSayWhatToDoInstead() {
        KaiException e = failure(() -> service.figure(ChartSpec.of(ChartType.PIE).x("day").y("revenue").build(), ChartFixtures.sales(80)));
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_CATEGORIES);
        assertThat(e.getMessage()).contains("80 distinct values").contains("50").contains("bar chart");
    }

    @Test
    void shouldRefuseEmptyDataMissingRolesUnknownTypesAndNegativePieValues() {
        Table empty = Table.builder().texts("a").numbers("b").build();
        assertThat(failure(() -> service.figure(ChartSpec.of(ChartType.BAR).x("a").y("b").build(), empty)).code())
                .isEqualTo(ErrorCode.CHART_EMPTY_DATA);
        KaiException missing = failure(() -> service.figure(ChartSpec.of(ChartType.CANDLESTICK).x("day").build(), SALES));
        assertThat(missing.code()).isEqualTo(ErrorCode.INVALID_CHART_SPEC);
        assertThat(missing.getMessage()).contains("needs open");
        KaiException unknown = failure(() -> ChartType.parse("radar"));
        assertThat(unknown.code()).isEqualTo(ErrorCode.UNKNOWN_CHART_TYPE);
        assertThat(unknown.getMessage()).contains("scatter_3d");
        Table signed = Table.builder().texts("k", "a", "b").numbers("v", 5, -2).build();
        assertThat(failure(() -> service.figure(ChartSpec.of(ChartType.PIE).x("k").y("v").build(), signed)).code())
                .isEqualTo(ErrorCode.CHART_NEEDS_NUMERIC);
        assertThat(failure(() -> ChartSpec.of(ChartType.BAR).size(50, 5000).build()).code()).isEqualTo(ErrorCode.INVALID_CHART_SPEC);
        assertThat(failure(() -> service.figure(ChartSpec.of(ChartType.PIE).x("region").facet("product").build(), SALES))
                .getMessage()).contains("remove facet");
    }

    @Test
    void shouldReadASpecFromSnakeCaseJsonWithLowercaseIds() throws Exception {
        ChartSpec spec = Json.mapper().readValue("{\"type\":\"bar_stacked\",\"x\":\"region\",\"y\":[\"revenue\"],"
                + "\"color\":\"product\",\"aggregation\":\"sum\",\"sort\":\"y_desc\",\"x_label\":\"Region\",\"theme\":\"dark\"}",
                ChartSpec.class);
        assertThat(spec.type()).isEqualTo(ChartType.BAR_STACKED);
        assertThat(spec.xLabel()).isEqualTo("Region");
        assertThat(spec.width()).isEqualTo(ChartSpec.DEFAULT_WIDTH);
        ObjectNode fig = service.figure(spec, SALES);
        assertThat(fig.at("/layout/xaxis/title/text").asText()).isEqualTo("Region");
        assertThat(Json.write(spec)).contains("\"type\":\"bar_stacked\"");
    }

    @Test
    void shouldValidateCustomThemesAndKeepThemPerTenant() {
        assertThat(failure(() -> new Theme("brand", List.of("red"), null, null, null, null, null, null, null, null, null))
                .getMessage()).contains("#rrggbb");
        assertThat(failure(() -> new Theme("x y", null, null, null, null, null, null, null, null, null, null)).code())
                .isEqualTo(ErrorCode.INVALID_THEME);
        ThemeCatalog catalog = new ThemeCatalog(new MetadataThemeStore(new MemoryMetadataStore()));
        TenantId acme = TenantId.of("acme"), other = TenantId.of("other");
        Theme brand = new Theme("Brand", List.of("#112233"), "#fefefe", null, "Georgia, serif", 13, null, null, null, null, null);
        catalog.create(acme, brand);
        assertThat(failure(() -> catalog.create(acme, brand)).code()).isEqualTo(ErrorCode.THEME_ALREADY_EXISTS);
        assertThat(catalog.resolve(acme, "brand").colorway()).containsExactly("#112233");
        assertThat(catalog.list(acme)).extracting(Theme::name).containsExactly("default", "dark", "Brand");
        assertThat(failure(() -> catalog.resolve(other, "brand")).code()).isEqualTo(ErrorCode.THEME_NOT_FOUND);
        assertThat(failure(() -> catalog.delete(acme, "dark")).code()).isEqualTo(ErrorCode.INVALID_THEME);
        catalog.delete(acme, "brand");
        assertThat(catalog.list(acme)).hasSize(2);
        assertThat(failure(() -> catalog.delete(acme, "brand")).code()).isEqualTo(ErrorCode.THEME_NOT_FOUND);
    }

    @Test
    void shouldAggregateInDuckDbWithChartQueryAndDrawTheSameBars() throws Exception {
        ChartSpec spec = ChartFixtures.specs().get(ChartType.BAR_STACKED);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            c.createStatement().execute("CREATE TABLE data AS SELECT range AS i, ['North','South','East','West'][range % 4 + 1] AS region,"
                    + " ['Alpha','Beta','Gamma'][(range // 4) % 3 + 1] AS product, (range % 97)::DOUBLE AS revenue FROM range(100000)");
            ChartQuery plan = ChartQuery.plan(spec, "data", 100_000, ChartQuery.DEFAULT_MAX_ROWS);
            assertThat(plan.sql()).contains("GROUP BY ALL").contains("sum(\"revenue\")");
            Table rows;
            try (ResultSet rs = c.createStatement().executeQuery(plan.sql())) {
                rows = Table.fromResultSet(rs, 10_000);
            }
            assertThat(rows.rowCount()).isEqualTo(12);
            ObjectNode fromDuck = service.figure(plan.spec(), rows);
            assertThat(fromDuck.path("data")).hasSize(3);
            ChartQuery sampled = ChartQuery.plan(ChartFixtures.specs().get(ChartType.SCATTER).toBuilder().color(null).build(),
                    "data", 100_000, 1000);
            assertThat(sampled.sampled()).isTrue();
            try (ResultSet rs = c.createStatement().executeQuery(sampled.sql().replace("\"cost\"", "\"i\""))) {
                assertThat(Table.fromResultSet(rs, 1000).rowCount()).isEqualTo(1000);
            }
        }
    }

    /** The MetadataStore contract in memory (tests only). */
    static final class MemoryMetadataStore implements MetadataStore {
        private final Map<String, TreeMap<String, StoredItem>> items = new HashMap<>();

        private TreeMap<String, StoredItem> of(TenantId t) {
            return items.computeIfAbsent(t.value(), k -> new TreeMap<>());
        }

        public boolean create(TenantId t, String key, String doc) {
            return of(t).putIfAbsent(key, new StoredItem(key, 1, doc)) == null;
        }

        public Optional<StoredItem> get(TenantId t, String key) {
            return Optional.ofNullable(of(t).get(key));
        }

        public boolean replace(TenantId t, String key, String doc, long expected) {
            StoredItem old = of(t).get(key);
            if (old == null || old.version() != expected) {
                return false;
            }
            of(t).put(key, new StoredItem(key, expected + 1, doc));
            return true;
        }

        public ItemPage query(TenantId t, String prefix, int limit, Optional<String> cursor, boolean descending) {
            List<StoredItem> out = new ArrayList<>(of(t).values().stream().filter(i -> i.sortKey().startsWith(prefix)).toList());
            return new ItemPage(out, Optional.empty());
        }

        public long count(TenantId t, String prefix) {
            return of(t).keySet().stream().filter(k -> k.startsWith(prefix)).count();
        }

        public boolean delete(TenantId t, String key) {
            return of(t).remove(key) != null;
        }
    }
}
