package ai.kai.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * Envelope encryption (DESIGN D9): every secret gets its own random AES-256-GCM data key, which is stored
 * wrapped by the {@link KeyWrapper} next to the ciphertext. Envelope v1, base64 of:
 * {@code 0x01 | len(wrapperId) u8 | wrapperId | len(wrappedKey) u16 | wrappedKey | nonce(12) | ciphertext+tag}.
 */
public final class EnvelopeCipher implements SecretCipher {
    static final byte VERSION = 1;
    private final KeyWrapper wrapper;

    public EnvelopeCipher(KeyWrapper wrapper) {
        this.wrapper = wrapper;
    }

    @Override
    public String encrypt(String plaintext, String context) {
        DataKey key = wrapper.generateDataKey(context);
        try {
            byte[] sealed = Aes.seal(key.plaintext(), plaintext.getBytes(StandardCharsets.UTF_8), context);
            byte[] id = wrapper.id().getBytes(StandardCharsets.US_ASCII);
            ByteBuffer out = ByteBuffer.allocate(1 + 1 + id.length + 2 + key.wrapped().length + sealed.length);
            out.put(VERSION).put((byte) id.length).put(id).putShort((short) key.wrapped().length).put(key.wrapped()).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } finally {
            key.wipe();
        }
    }

    @Override
    public String decrypt(String envelope, String context) {
        byte[] dataKey = null;
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(envelope));
            if (in.get() != VERSION) {
                throw unreadable("an envelope version this build does not know");
            }
            byte[] id = new byte[in.get() & 0xff];
            in.get(id);
            String wrapperId = new String(id, StandardCharsets.US_ASCII);
            if (!wrapperId.equals(wrapper.id())) {
                throw unreadable("a secret sealed by the '" + wrapperId + "' key, but this deployment uses '"
                        + wrapper.id() + "'");
            }
            byte[] wrapped = new byte[in.getShort() & 0xffff];
            in.get(wrapped);
            dataKey = wrapper.unwrap(wrapped, context);
            byte[] plain = Aes.open(dataKey, in.array(), in.position(), in.remaining(), context);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | Aes.GeneralSecurityRuntime e) {
            throw unreadable("a damaged envelope or one sealed for another owner");
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    private static KaiException unreadable(String why) {
        return new KaiException(ErrorCode.SECRET_DECRYPTION_FAILED, "a stored credential could not be decrypted: " + why);
    }
}
