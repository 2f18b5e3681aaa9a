package ai.kai.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an analysis answers: the library's result record as is (the response's {@code data}), and facts about the
 * input for the response's {@code metadata} (the source, rows read, rows used, rows left out for missing values).
 */
public record Analysis(Object result, Map<String, Object> metadata) {
    public Analysis {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
