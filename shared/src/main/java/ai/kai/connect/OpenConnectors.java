package ai.kai.connect;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ai.kai.tenancy.TenantId;

/**
 * The connectors one process keeps, by tenant and alias, least recently used closed beyond a bound. A connector
 * made from an older version of the stored item is closed and replaced. Nothing here survives a SnapStart
 * snapshot with a live connection: connectors connect lazily, after restore.
 */
final class OpenConnectors {
    private record Key(TenantId tenant, String alias) {
    }

    private record Entry(long version, Connector connector) {
    }

    private final int capacity;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    OpenConnectors(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    Connector get(TenantId tenant, String alias, long version, Supplier<Connector> make) {
        List<Connector> toClose = new ArrayList<>();
        Connector result;
        synchronized (this) {
            Key key = new Key(tenant, alias);
            Entry entry = entries.get(key);
            if (entry != null && entry.version() != version) {
                toClose.add(entry.connector());
                entries.remove(key);
                entry = null;
            }
            if (entry == null) {
                entry = new Entry(version, make.get());
                entries.put(key, entry);
                Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
                while (entries.size() > capacity && it.hasNext()) {
                    Map.Entry<Key, Entry> oldest = it.next();
                    if (!oldest.getKey().equals(key)) {
                        toClose.add(oldest.getValue().connector());
                        it.remove();
                    }
                }
            }
            result = entry.connector();
        }
        toClose.forEach(OpenConnectors::closeQuietly);
        return result;
    }

    void remove(TenantId tenant, String alias) {
        Entry entry;
        synchronized (this) {
            entry = entries.remove(new Key(tenant, alias));
        }
        if (entry != null) {
            closeQuietly(entry.connector());
        }
    }

    synchronized boolean isOpen(TenantId tenant, String alias) {
        return entries.containsKey(new Key(tenant, alias));
    }

    void closeAll() {
        List<Entry> all;
        synchronized (this) {
            all = new ArrayList<>(entries.values());
            entries.clear();
        }
        all.forEach(e -> closeQuietly(e.connector()));
    }

    private static void closeQuietly(Connector c) {
        try {
            c.close();
        } catch (RuntimeException ignored) {
            // a pool that fails to close has nothing left to release
        }
    }
}
