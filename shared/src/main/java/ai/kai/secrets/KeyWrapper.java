package ai.kai.secrets;

/**
 * Makes and unwraps per-secret data keys: AWS KMS in the cloud ({@link KmsKeyWrapper}), a local 256-bit key file
 * on the local stack ({@link LocalKeyWrapper}). The id is written into every envelope so the right wrapper is
 * asked to unwrap it.
 */
public interface KeyWrapper {
    String id();

    /** A fresh random 256-bit data key, in plaintext and wrapped under the master key for {@code context}. */
    DataKey generateDataKey(String context);

    /** The plaintext data key of a wrapped one; fails if the context differs from the one it was made for. */
    byte[] unwrap(byte[] wrappedKey, String context);
}
