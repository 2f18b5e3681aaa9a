package ai.kai.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a result's {@code details}: ordered keys, the levels used, and the assumption warnings. */
final class Details {
    private final Map<String, Object> map = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    Details(double alpha) {
        map.put("alpha", alpha);
        map.put("confidence_level", 1 - alpha);
    }

    Details put(String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Details warn(String warning) {
        warnings.add(warning);
        return this;
    }

    Details warnAll(List<String> more) {
        warnings.addAll(more);
        return this;
    }

    static List<String> warnings(Map<String, Object> details) {
        return details.get("warnings") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    Map<String, Object> build() {
        Map<String, Object> out = new LinkedHashMap<>(map);
        out.put("warnings", List.copyOf(warnings));
        return out;
    }
}
