package ai.kai.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Connection URIs as users write them, and what is shown of them. */
class ConnectionUriTest {
    @Test
    void shouldParseAServerUri() {
        ConnectionUri u = ConnectionUri.parse("postgresql://kai:s3cret@db.example.com:5433/sales?sslmode=require");
        assertThat(u.scheme()).isEqualTo("postgresql");
        assertThat(u.user()).contains("kai");
        assertThat(u.password()).contains("s3cret");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).contains(5433);
        assertThat(u.path()).isEqualTo("sales");
        assertThat(u.query()).containsEntry("sslmode", "require");
        assertThat(u.redacted()).isEqualTo("postgresql://kai:****@db.example.com:5433/sales?sslmode=require");
        assertThat(u.toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldAcceptPasswordsWithSpecialCharacters() {
        ConnectionUri encoded = ConnectionUri.parse("mysql://app:p%40ss%3Aw%2Frd@localhost/shop");
        assertThat(encoded.password()).contains("p@ss:w/rd");
        ConnectionUri raw = ConnectionUri.parse("mysql://app:p@ss+w0rd@localhost:3306/shop");
        assertThat(raw.password()).contains("p@ss+w0rd");
        assertThat(raw.host()).isEqualTo("localhost");
        assertThat(raw.redacted()).isEqualTo("mysql://app:****@localhost:3306/shop");
    }

    @Test
    void shouldParseCloudUris() {
        ConnectionUri bq = ConnectionUri.parse("bigquery://my-project/analytics?location=EU");
        assertThat(bq.host()).isEqualTo("my-project");
        assertThat(bq.pathSegments()).containsExactly("analytics");
        ConnectionUri sf = ConnectionUri.parse("snowflake://ANALYST:pw@acme-xy123/SALES/PUBLIC?warehouse=WH&role=READER&private_key_passphrase=x");
        assertThat(sf.host()).isEqualTo("acme-xy123");
        assertThat(sf.pathSegments()).containsExactly("SALES", "PUBLIC");
        assertThat(sf.redacted()).isEqualTo(
                "snowflake://ANALYST:****@acme-xy123/SALES/PUBLIC?warehouse=WH&role=READER&private_key_passphrase=****");
    }

    @Test
    void shouldRefuseMalformedUris() {
        for (String bad : new String[] {"", "localhost:5432", "postgresql://u@h:99999/db", "postgresql://u@h:port/db"}) {
            assertThatThrownBy(() -> ConnectionUri.parse(bad)).isInstanceOfSatisfying(KaiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONNECTION_URI));
        }
    }

    @Test
    void shouldFormatWithoutSecrets() {
        assertThat(ConnectionUri.format("redshift", Optional.of("u"), true, "h", Optional.of(5439), "dev",
                Map.of("password", "x"))).isEqualTo("redshift://u:****@h:5439/dev?password=****");
    }
}
