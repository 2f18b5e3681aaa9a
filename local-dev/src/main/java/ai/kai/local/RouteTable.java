package ai.kai.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.kai.functions.catalog.Trigger;

/** Matches a method and path against the catalog's HTTP routes, as API Gateway does ({@code {param}} segments). */
final class RouteTable {
    private final List<Entry> entries = new ArrayList<>();

    record Match(FunctionInvoker function, Trigger.Http route, Map<String, String> pathParameters) {
    }

    private record Entry(FunctionInvoker function, Trigger.Http route, String[] segments) {
    }

    void add(FunctionInvoker function, Trigger.Http route) {
        entries.add(new Entry(function, route, split(route.path())));
    }

    Optional<Match> match(String method, String path) {
        String[] parts = split(path);
        Match best = null;
        int bestLiterals = -1;
        for (Entry e : entries) {
            if (!e.route().method().equalsIgnoreCase(method) || e.segments().length != parts.length) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            int literals = 0;
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                String seg = e.segments()[i];
                if (seg.startsWith("{") && seg.endsWith("}")) {
                    params.put(seg.substring(1, seg.length() - 1), java.net.URLDecoder.decode(parts[i],
                            java.nio.charset.StandardCharsets.UTF_8));
                } else if (seg.equals(parts[i])) {
                    literals++;
                } else {
                    ok = false;
                }
            }
            if (ok && literals > bestLiterals) {
                best = new Match(e.function(), e.route(), params);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
