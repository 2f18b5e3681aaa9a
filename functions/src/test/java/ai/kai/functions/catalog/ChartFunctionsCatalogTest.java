package ai.kai.functions.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The visualization routes: one function each, in the charts artifact, with the access each one needs. */
class ChartFunctionsCatalogTest {
    private static final List<FunctionSpec> CHARTS = FunctionCatalog.all().stream()
            .filter(f -> f.name().startsWith("kai-viz-")).toList();

    @Test
    void shouldServeEveryVisualizationRouteOfTheSpecification() {
        Map<String, String> routes = CHARTS.stream().collect(Collectors.toMap(
                f -> ((Trigger.Http) f.trigger()).routeKey(), FunctionSpec::name));
        assertThat(routes).containsOnlyKeys(
                "POST /api/v2/visualizations/generate",
                "POST /api/v2/visualizations/recommend",
                "GET /api/v2/visualizations/{viz_id}",
                "POST /api/v2/visualizations/{viz_id}/export",
                "GET /api/v2/visualizations/themes",
                "POST /api/v2/visualizations/themes",
                "DELETE /api/v2/visualizations/themes/{name}");
    }

    @Test
    void shouldShipTheChartFunctionsTogetherInTheChartsArtifact() {
        assertThat(CHARTS).allSatisfy(f -> {
            assertThat(f.artifact()).as(f.name()).isEqualTo(Artifact.CHARTS);
            assertThat(((Trigger.Http) f.trigger()).authenticated()).as(f.name()).isTrue();
        });
        List<String> names = FunctionCatalog.all().stream().map(FunctionSpec::name).toList();
        int first = names.indexOf(CHARTS.get(0).name());
        assertThat(names.subList(first, first + CHARTS.size())).allMatch(n -> n.startsWith("kai-viz-"));
    }

    @Test
    void shouldGiveDuckDbOnlyToFunctionsThatReadFilesAndWritesOnlyWhereSomethingIsStored() {
        assertThat(CHARTS.stream().filter(FunctionSpec::usesDuckDb).map(FunctionSpec::name))
                .containsExactlyInAnyOrder("kai-viz-generate", "kai-viz-recommend");
        assertThat(spec("kai-viz-get").access()).containsExactlyInAnyOrder(Access.BLOB_READ, Access.METADATA_READ);
        assertThat(spec("kai-viz-recommend").access()).containsExactlyInAnyOrder(Access.BLOB_READ, Access.METADATA_READ,
                Access.SECRETS_OPEN);
        assertThat(spec("kai-viz-themes-list").access()).containsExactly(Access.METADATA_READ);
        assertThat(spec("kai-viz-export").access()).doesNotContain(Access.METADATA_WRITE, Access.BLOB_DELETE);
        assertThat(CHARTS).allSatisfy(f -> assertThat(f.access()).doesNotContain(Access.BLOB_DELETE));
    }

    private static FunctionSpec spec(String name) {
        return FunctionCatalog.byName(name).orElseThrow();
    }
}
