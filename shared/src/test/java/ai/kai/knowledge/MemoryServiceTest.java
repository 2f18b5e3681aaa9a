package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.knowledge.memory.Memory;
import ai.kai.knowledge.memory.MemoryService;
import ai.kai.knowledge.memory.Remembered;
import ai.kai.tenancy.TenantId;

class MemoryServiceTest {
    private final MemoryService memory = KnowledgeFixture.memory();

    @Test
    void shouldRecallTheFactClosestInMeaning() {
        TenantId t = KnowledgeFixture.newTenant();
        memory.remember(t, "Our fiscal year starts in April", "user");
        memory.remember(t, "Revenue is reported in euros, excluding VAT", "user");
        memory.remember(t, "The West region was merged with the North region in 2025", "agent");

        var hits = memory.search(t, "when does the financial year begin?", 3);

        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).item().fact()).isEqualTo("Our fiscal year starts in April");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(memory.search(t, "which currency are sales in", 1).get(0).item().fact()).contains("euros");
    }

    @Test
    void shouldFoldNearIdenticalFactsButKeepDifferentOnes() {
        TenantId t = KnowledgeFixture.newTenant();
        Remembered first = memory.remember(t, "Our fiscal year starts in April", "user");
        Remembered again = memory.remember(t, "our fiscal year starts in april.", "agent");
        Remembered july = memory.remember(t, "Our fiscal year starts in July", "user");
        Remembered target = memory.remember(t, "The revenue target for 2025 is 5 million", "user");
        Remembered otherTarget = memory.remember(t, "The revenue target for 2025 is 6 million", "user");

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.memory().id()).isEqualTo(first.memory().id());
        assertThat(july.duplicate()).isFalse();
        assertThat(target.duplicate()).isFalse();
        assertThat(otherTarget.duplicate()).isFalse();
        assertThat(memory.list(t)).hasSize(4);
    }

    @Test
    void shouldNeverRecallAnotherTenantsMemory() {
        TenantId alice = KnowledgeFixture.newTenant();
        TenantId bob = KnowledgeFixture.newTenant();
        memory.remember(alice, "Alice's secret discount code is ORCHID-42", "user");

        assertThat(memory.search(bob, "secret discount code", 5)).isEmpty();
        assertThat(memory.list(bob)).isEmpty();
        String id = memory.list(alice).get(0).id();
        assertThatThrownBy(() -> memory.delete(bob, id)).isInstanceOf(KaiException.class)
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.MEMORY_NOT_FOUND);
        assertThat(memory.list(alice)).extracting(Memory::id).containsExactly(id);
    }

    @Test
    void shouldListNewestFirstAndDelete() {
        TenantId t = KnowledgeFixture.newTenant();
        String older = memory.remember(t, "Returns have negative units", "user").memory().id();
        String newer = memory.remember(t, "Customer ids are missing for guest checkouts", "agent").memory().id();

        assertThat(memory.list(t)).extracting(Memory::id).containsExactly(newer, older);
        memory.delete(t, older);
        assertThat(memory.list(t)).extracting(Memory::id).containsExactly(newer);
        assertThat(memory.list(t).get(0).source()).isEqualTo("agent");
    }

    @Test
    void shouldRefuseEmptyOverlongOrUnattributedFacts() {
        TenantId t = KnowledgeFixture.newTenant();
        assertThatThrownBy(() -> memory.remember(t, "  ", "user")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.MISSING_FIELD);
        assertThatThrownBy(() -> memory.remember(t, "x".repeat(MemoryService.MAX_FACT_CHARS + 1), "user"))
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.INVALID_MEMORY);
        assertThatThrownBy(() -> memory.remember(t, "a fact", "robot")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.INVALID_MEMORY);
        assertThatThrownBy(() -> memory.search(t, "", 3)).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(memory.list(t)).isEqualTo(List.of());
    }
}
