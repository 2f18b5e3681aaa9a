package ai.kai.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {
    @Test
    void shouldSplitOnlyTopLevelSemicolons() {
        assertThat(SqlText.statements("SELECT 'x;y'; SELECT \"a;b\" FROM t; -- c;\n")).hasSize(2);
        assertThat(SqlText.statements("SELECT $$;$$, $tag$ ; $tag$")).hasSize(1);
        assertThat(SqlText.statements("/* ; */ SELECT 1 ;  ; ")).hasSize(1);
        assertThat(SqlText.statements("SELECT 'it''s;'")).hasSize(1);
    }

    @Test
    void shouldFindTheLeadingKeywordPastCommentsAndParentheses() {
        assertThat(SqlText.firstKeyword("  -- hi\n /* x */ (explain select 1)")).isEqualTo("EXPLAIN");
        assertThat(SqlText.firstKeyword("pivot data on x")).isEqualTo("PIVOT");
        assertThat(SqlText.afterFirstKeyword("EXPLAIN ANALYZE SELECT 1").strip()).isEqualTo("ANALYZE SELECT 1");
    }
}
