package ai.kai.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a random 96-bit nonce and a 128-bit tag; the context is bound as additional data. */
final class Aes {
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes() {
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** nonce || ciphertext+tag */
    static byte[] seal(byte[] key, byte[] plaintext, String context) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, nonce, plaintext, 0, plaintext.length, context);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    static byte[] open(byte[] key, byte[] nonceAndCiphertext, int offset, int length, String context) {
        if (length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityRuntime("ciphertext too short");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(nonceAndCiphertext, offset, nonce, 0, NONCE_BYTES);
        return run(Cipher.DECRYPT_MODE, key, nonce, nonceAndCiphertext, offset + NONCE_BYTES, length - NONCE_BYTES, context);
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, byte[] in, int offset, int length, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("kai-secret-v1|" + context).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, offset, length);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityRuntime(e.getClass().getSimpleName());
        }
    }

    /** A failed seal or open, carrying no key material and no plaintext. */
    static final class GeneralSecurityRuntime extends RuntimeException {
        GeneralSecurityRuntime(String what) {
            super(what);
        }
    }
}
