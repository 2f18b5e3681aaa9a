package ai.kai.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of the enum names callers type: case, spaces, hyphens and underscores do not matter. */
final class WireNames {
    private WireNames() {
    }

    interface Named {
        String wire();
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static <E extends Enum<E> & Named> E parse(Class<E> type, String text, String what, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String key = key(text);
        for (E e : type.getEnumConstants()) {
            if (key(e.wire()).equals(key) || key(e.name()).equals(key)) {
                return e;
            }
        }
        throw Checks.invalid("unknown " + what + " '" + text + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Named::wire).collect(Collectors.joining(", ")));
    }
}
