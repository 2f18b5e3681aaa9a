package ai.kai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.tenancy.TenantId;

class FileNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b.csv", "..\\win.csv", "x\u0000.csv", " ", "sales..csv"})
    void shouldRefusePathTraversalAndControlCharacters(String name) {
        assertThatThrownBy(() -> new FileName(name)).hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_FILE_NAME);
    }

    @Test
    void shouldKeepTheDisplayNameAndMakeAKeySafeOne() {
        FileName n = new FileName("Umsätze Q1 (final).csv");
        assertThat(n.display()).isEqualTo("Umsätze Q1 (final).csv");
        assertThat(n.keySafe()).isEqualTo("Ums_tze_Q1_final_.csv");
        assertThat(new FileName(".hidden.csv").keySafe()).isEqualTo("_hidden.csv");
    }

    @Test
    void shouldPlaceEveryObjectUnderTheTenantsPrefix() {
        TenantId acme = TenantId.of("acme");
        String key = FileKeys.original(acme, "f_0000000000aaaaaaaaaaaa", new FileName("s.csv"));
        assertThat(key).isEqualTo("tenants/acme/files/f_0000000000aaaaaaaaaaaa/original/s.csv");
        assertThat(FileKeys.parseOriginal(key)).hasValueSatisfying(k -> assertThat(k.tenant()).isEqualTo(acme));
        assertThat(FileKeys.parseOriginal("tenants/acme/files/f_0000000000aaaaaaaaaaaa/data.duckdb")).isEmpty();
    }
}
