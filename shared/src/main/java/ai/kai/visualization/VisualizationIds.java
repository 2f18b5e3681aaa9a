package ai.kai.visualization;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Visualization ids: {@code v_} + 10 base32 characters of milliseconds + 12 random ones, the shape of file ids, so
 * they sort by creation time and cannot be guessed.
 */
public final class VisualizationIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("v_[0-9a-hjkmnp-tv-z]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VisualizationIds() {
    }

    public static String next(Clock clock) {
        StringBuilder id = new StringBuilder("v_");
        long millis = clock.millis();
        for (int i = 9; i >= 0; i--) {
            id.append(ALPHABET[(int) ((millis >>> (5 * i)) & 31)]);
        }
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return id.toString();
    }

    public static boolean looksLikeId(String s) {
        return s != null && SHAPE.matcher(s).matches();
    }
}
