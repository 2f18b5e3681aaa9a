package ai.kai.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The connector factories on the class path, found through {@link ServiceLoader}, by type and by URI scheme.
 * A function artifact that leaves a connector's package out simply does not offer that type.
 */
public final class ConnectorRegistry {
    private final Map<String, ConnectorFactory> byType = new LinkedHashMap<>();
    private final Map<String, ConnectorFactory> byScheme = new LinkedHashMap<>();

    public ConnectorRegistry(Collection<? extends ConnectorFactory> factories) {
        for (ConnectorFactory f : factories) {
            if (byType.putIfAbsent(f.type(), f) != null) {
                throw new IllegalStateException("two connector factories for type " + f.type());
            }
            f.schemes().forEach(s -> byScheme.putIfAbsent(s, f));
            byScheme.putIfAbsent(f.type(), f);
        }
    }

    /**
     * The factories listed in {@code META-INF/services}. A listed factory whose classes an artifact left out is
     * skipped, so one services file serves every artifact.
     */
    public static ConnectorRegistry fromClassPath() {
        List<ConnectorFactory> found = new ArrayList<>();
        Iterator<ConnectorFactory> it = ServiceLoader.load(ConnectorFactory.class, ConnectorRegistry.class.getClassLoader())
                .iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError missing) {
                // this artifact does not ship that connector
            }
        }
        return new ConnectorRegistry(found);
    }

    public ConnectorFactory forType(String type) {
        ConnectorFactory f = byType.get(type);
        if (f == null) {
            throw unsupported(type);
        }
        return f;
    }

    public ConnectorFactory forScheme(String scheme) {
        ConnectorFactory f = byScheme.get(scheme);
        if (f == null) {
            throw unsupported(scheme);
        }
        return f;
    }

    public List<String> types() {
        return List.copyOf(new TreeSet<>(byType.keySet()));
    }

    private KaiException unsupported(String name) {
        return new KaiException(ErrorCode.UNSUPPORTED_CONNECTION_TYPE,
                "'" + name + "' is not a connection type this deployment offers (offered: " + String.join(", ", types()) + ")");
    }
}
