package ai.kai.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Envelope encryption with the local key file: per-secret data keys, context binding, tamper detection. */
class EnvelopeCipherTest {
    @TempDir
    Path dir;

    @Test
    void shouldRoundTripWithoutThePlaintextInTheEnvelope() {
        SecretCipher cipher = new EnvelopeCipher(LocalKeyWrapper.open(dir.resolve("k/secrets.key")));
        String secret = "{\"password\":\"hunter2-very-secret\"}";
        String sealed = cipher.encrypt(secret, "acme/pg");
        byte[] raw = Base64.getDecoder().decode(sealed);
        assertThat(raw[0]).isEqualTo(EnvelopeCipher.VERSION);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("hunter2").contains("local");
        assertThat(sealed).doesNotContain("hunter2");
        assertThat(cipher.decrypt(sealed, "acme/pg")).isEqualTo(secret);
        assertThat(cipher.encrypt(secret, "acme/pg")).isNotEqualTo(sealed);
    }

    @Test
    void shouldCreateTheKeyFileWithMode600AndReuseIt() throws Exception {
        Path key = dir.resolve("keys/secrets.key");
        String sealed = new EnvelopeCipher(LocalKeyWrapper.open(key)).encrypt("pw", "t/a");
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(new EnvelopeCipher(LocalKeyWrapper.open(key)).decrypt(sealed, "t/a")).isEqualTo("pw");
    }

    @Test
    void shouldRefuseAKeyFileOthersCanRead() throws Exception {
        Path key = dir.resolve("secrets.key");
        LocalKeyWrapper.open(key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LocalKeyWrapper.open(key)).isInstanceOfSatisfying(KaiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SECRETS_UNAVAILABLE));
    }

    @Test
    void shouldNotDecryptUnderAnotherContextKeyOrAfterTampering() {
        SecretCipher cipher = new EnvelopeCipher(LocalKeyWrapper.open(dir.resolve("a.key")));
        String sealed = cipher.encrypt("pw-123", "tenant-a/pg");
        assertDecryptionFails(() -> cipher.decrypt(sealed, "tenant-b/pg"));
        assertDecryptionFails(() -> new EnvelopeCipher(LocalKeyWrapper.open(dir.resolve("b.key"))).decrypt(sealed, "tenant-a/pg"));
        byte[] raw = Base64.getDecoder().decode(sealed);
        raw[raw.length - 1] ^= 1;
        assertDecryptionFails(() -> cipher.decrypt(Base64.getEncoder().encodeToString(raw), "tenant-a/pg"));
        assertDecryptionFails(() -> cipher.decrypt("not base64 at all!", "tenant-a/pg"));
    }

    private static void assertDecryptionFails(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(KaiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SECRET_DECRYPTION_FAILED);
            assertThat(e.getMessage()).doesNotContain("pw-123");
        });
    }
}
