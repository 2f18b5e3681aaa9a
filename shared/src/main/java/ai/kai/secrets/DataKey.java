package ai.kai.secrets;

import java.util.Arrays;

/** A data key: its plaintext (used once, then wiped) and its wrapped form (stored in the envelope). */
public record DataKey(byte[] plaintext, byte[] wrapped) {
    public DataKey {
        if (plaintext == null || plaintext.length != 32) {
            throw new IllegalArgumentException("a data key is 256 bits");
        }
    }

    void wipe() {
        Arrays.fill(plaintext, (byte) 0);
    }

    @Override
    public String toString() {
        return "DataKey[plaintext=<hidden>, wrapped=" + wrapped.length + " bytes]";
    }
}
