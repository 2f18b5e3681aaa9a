package ai.kai.functions.runtime;

import java.util.function.Supplier;

import ai.kai.secrets.DataKey;
import ai.kai.secrets.KeyWrapper;

/**
 * A {@link KeyWrapper} resolved on first use, not at init: functions that only list, read or delete connections
 * never need the secrets key, and no function's init (or SnapStart snapshot) touches KMS or a key file.
 */
final class DeferredKeyWrapper implements KeyWrapper {
    private final Supplier<KeyWrapper> resolve;
    private volatile KeyWrapper resolved;

    DeferredKeyWrapper(Supplier<KeyWrapper> resolve) {
        this.resolve = resolve;
    }

    @Override
    public String id() {
        return wrapper().id();
    }

    @Override
    public DataKey generateDataKey(String context) {
        return wrapper().generateDataKey(context);
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, String context) {
        return wrapper().unwrap(wrappedKey, context);
    }

    private KeyWrapper wrapper() {
        KeyWrapper w = resolved;
        if (w == null) {
            synchronized (this) {
                if (resolved == null) {
                    resolved = resolve.get();
                }
                w = resolved;
            }
        }
        return w;
    }
}
