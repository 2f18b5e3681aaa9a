package ai.kai.files;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * File ids: {@code f_} + 10 base32 characters of milliseconds + 12 random ones, so ids sort by creation time
 * (DynamoDB returns a tenant's files in upload order) and cannot be guessed.
 */
public final class FileIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("f_[0-9a-hjkmnp-tv-z]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileIds() {
    }

    public static String next(Clock clock) {
        StringBuilder id = new StringBuilder("f_");
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
