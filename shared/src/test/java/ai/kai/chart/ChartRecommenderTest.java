package ai.kai.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartRecommenderTest {
    private final ChartRecommender recommender = new ChartRecommender();
    private final ChartService service = new ChartService();

    @Test
    void shouldPutALineFirstForAMeasureOverTimeWhenTheIntentIsTrend() {
        List<Recommendation> ranked = recommender.recommend(ChartFixtures.sales(60), Intent.TREND);
        assertThat(ranked.get(0).type()).isEqualTo(ChartType.LINE);
        assertThat(ranked.get(0).reason()).contains("over time");
        assertThat(ranked).extracting(Recommendation::type).contains(ChartType.CANDLESTICK);
    }

    @Test
    void shouldPreferBarsToCompareCategoriesAndPartsToCompose() {
        Table t = Table.fromMaps(List.of(Map.of("region", "North", "sales", 10), Map.of("region", "South", "sales", 7),
                Map.of("region", "East", "sales", 4)));
        assertThat(recommender.recommend(t, Intent.COMPARE).get(0).type()).isEqualTo(ChartType.BAR);
        assertThat(recommender.recommend(t, Intent.COMPOSE).get(0).type()).isEqualTo(ChartType.DONUT);
    }

    @Test
    void shouldRecommendScatterToRelateTwoMeasuresAndAHistogramToDistributeOne() {
        Table sales = ChartFixtures.sales(100);
        List<Recommendation> relate = recommender.recommend(sales, Intent.RELATE);
        assertThat(relate.get(0).type()).isEqualTo(ChartType.SCATTER);
        assertThat(relate).extracting(Recommendation::type).contains(ChartType.CORRELATION);
        Table one = Table.builder().numbers("latency", 1, 4, 2, 8, 5, 3, 3, 9).build();
        assertThat(recommender.recommend(one, null).get(0).type()).isEqualTo(ChartType.HISTOGRAM);
        assertThat(recommender.recommend(sales, Intent.DISTRIBUTE).get(0).type())
                .isIn(ChartType.HISTOGRAM, ChartType.BOX);
    }

    @Test
    void shouldCountRowsWhenThereIsNoNumericColumn() {
        Table t = Table.fromMaps(List.of(Map.of("status", "open"), Map.of("status", "closed"), Map.of("status", "open")));
        Recommendation first = recommender.recommend(t, null).get(0);
        assertThat(first.type()).isEqualTo(ChartType.BAR);
        assertThat(first.spec().aggregation()).isEqualTo(Aggregation.COUNT);
    }

    @Test
    void shouldSuggestSpecsThatBuildIntoFigures() {
        Table sales = ChartFixtures.sales(100);
        for (Intent intent : Intent.values()) {
            for (Recommendation r : recommender.recommend(sales, intent)) {
                assertThat(r.score()).isBetween(0.0, 1.0);
                assertThat(service.figure(r.spec(), sales).path("data")).as(r.type().id()).isNotEmpty();
            }
        }
    }
}
