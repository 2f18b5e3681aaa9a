package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.kai.knowledge.embed.MiniLmEmbedder;
import ai.kai.knowledge.embed.Vectors;
import ai.kai.tenancy.TenantId;

/** The port the agent uses, as {@link KnowledgeBases#create} builds it. */
class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBases.create(KnowledgeFixture.store(), null);

    @Test
    void shouldAnswerEveryKindOfLookupThroughThePortAndOnlyForItsTenant() {
        TenantId t = KnowledgeFixture.newTenant();
        KnowledgeHit saved = kb.remember(t, "Weeks start on Monday in every report", "agent");
        assertThat(saved.kind()).isEqualTo("memory");
        KnowledgeFixture.mdl().put(t, "f_shop", MdlYamlTest.SALES.replace("source: f_sales", "source: f_shop"));

        assertThat(kb.recall(t, "which weekday does a week begin on", 1)).extracting(KnowledgeHit::id).containsExactly(saved.id());
        assertThat(kb.searchSkills(t, "compare this month with last month", 1).get(0).id()).isEqualTo("period-over-period");
        KnowledgeHit metric = kb.semanticLayer(t, "f_shop", "total sales", 1).get(0);
        assertThat(metric.kind()).isEqualTo("metric");
        assertThat(metric.text()).contains("SUM(revenue)");
        assertThat(kb.semanticLayer(t, "f_other", "total sales", 3)).isEmpty();

        TenantId stranger = KnowledgeFixture.newTenant();
        assertThat(kb.recall(stranger, "which weekday does a week begin on", 5)).isEmpty();
        assertThat(kb.semanticLayer(stranger, null, "total sales", 5)).isEmpty();
    }

    @Test
    void shouldKeepTheCosineOfQuantisedVectorsWithinOneHundredth() {
        Random random = new Random(7);
        String[] texts = {"monthly revenue by region", "customer churn after the first order", "average order value",
            "returns with negative units", "weekly seasonality of orders"};
        for (String a : texts) {
            for (String b : texts) {
                float[] va = MiniLmEmbedder.get().embed(a);
                float[] vb = MiniLmEmbedder.get().embed(b + (random.nextBoolean() ? "" : " today"));
                double exact = Vectors.cosine(va, vb);
                double stored = Vectors.cosine(Vectors.decode(Vectors.encode(va)), Vectors.decode(Vectors.encode(vb)));
                assertThat(stored).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }
}
