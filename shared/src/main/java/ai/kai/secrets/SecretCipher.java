package ai.kai.secrets;

/**
 * Encrypts small secrets (database passwords, private keys, service-account JSON) for storage at rest
 * (DESIGN D9). The {@code context} names what the secret belongs to (e.g. {@code tenant/alias}); a ciphertext
 * only decrypts under the same context, so a stored secret copied to another item or tenant is useless.
 * The text returned by {@link #encrypt} is base64 of a versioned envelope and never contains the plaintext.
 */
public interface SecretCipher {
    String encrypt(String plaintext, String context);

    String decrypt(String envelope, String context);
}
