package ai.kai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.knowledge.skill.Skill;
import ai.kai.knowledge.skill.SkillService;
import ai.kai.tenancy.TenantId;

class SkillServiceTest {
    private static final String CHURN = """
            ---
            name: churn-by-plan
            description: Share of subscribers who cancel each month, split by subscription plan.
            tags: [churn, subscriptions, plans]
            ---
            # Churn by plan
            1. Count active subscribers at the start of each month per plan.
            2. Divide cancellations in the month by that count.
            """;
    private final SkillService skills = KnowledgeFixture.skills();

    @Test
    void shouldFindBuiltInPlaybooksByMeaning() {
        TenantId t = KnowledgeFixture.newTenant();
        assertThat(skills.search(t, "how many customers come back after their first order", 3))
                .extracting(s -> s.item().name()).contains("cohort-analysis");
        assertThat(skills.search(t, "revenue growth compared with last year", 1).get(0).item().name())
                .isEqualTo("period-over-period");
        assertThat(skills.search(t, "are there nulls or duplicate rows in my data", 1).get(0).item().name())
                .isEqualTo("data-quality-checks");
        assertThat(skills.list(t)).allMatch(Skill::builtIn).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void shouldStoreSearchAndDeleteATenantsOwnSkill() {
        TenantId t = KnowledgeFixture.newTenant();
        Skill created = skills.create(t, CHURN);

        assertThat(created.tags()).containsExactly("churn", "subscriptions", "plans");
        assertThat(skills.get(t, "churn-by-plan").body()).startsWith("# Churn by plan");
        assertThat(skills.search(t, "which subscription tier loses the most subscribers", 1).get(0).item().name())
                .isEqualTo("churn-by-plan");
        assertThatThrownBy(() -> skills.create(t, CHURN)).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.SKILL_ALREADY_EXISTS);
        skills.delete(t, "churn-by-plan");
        assertThatThrownBy(() -> skills.get(t, "churn-by-plan")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.SKILL_NOT_FOUND);
    }

    @Test
    void shouldKeepOneTenantsSkillsFromAnother() {
        TenantId alice = KnowledgeFixture.newTenant();
        TenantId bob = KnowledgeFixture.newTenant();
        skills.create(alice, CHURN);

        assertThat(skills.search(bob, "subscription churn by plan", 10)).extracting(s -> s.item().name())
                .doesNotContain("churn-by-plan");
        assertThatThrownBy(() -> skills.get(bob, "churn-by-plan")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.SKILL_NOT_FOUND);
        assertThatThrownBy(() -> skills.delete(bob, "churn-by-plan")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.SKILL_NOT_FOUND);
        assertThat(skills.get(alice, "churn-by-plan").name()).isEqualTo("churn-by-plan");
    }

    @Test
    void shouldRefuseMalformedSkillFilesNamingWhatIsWrong() {
        TenantId t = KnowledgeFixture.newTenant();
        assertThatThrownBy(() -> skills.create(t, "# no front matter")).hasMessageContaining("line 1")
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.INVALID_SKILL);
        assertThatThrownBy(() -> skills.create(t, "---\nname: Bad Name\ndescription: x\n---\nbody"))
                .hasMessageContaining("field 'name'");
        assertThatThrownBy(() -> skills.create(t, "---\nname: ok\n---\nbody")).hasMessageContaining("field 'description'");
        assertThatThrownBy(() -> skills.create(t, "---\nname: ok\ndescription: [unclosed\n---\nbody"))
                .hasMessageContaining("line ");
        assertThatThrownBy(() -> skills.create(t, "---\nname: cohort-analysis\ndescription: mine\n---\nbody"))
                .extracting(e -> ((KaiException) e).code()).isEqualTo(ErrorCode.SKILL_ALREADY_EXISTS);
        assertThatThrownBy(() -> skills.delete(t, "cohort-analysis")).extracting(e -> ((KaiException) e).code())
                .isEqualTo(ErrorCode.INVALID_SKILL);
    }
}
