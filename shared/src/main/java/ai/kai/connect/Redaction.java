package ai.kai.connect;

import java.util.Collection;

/** Removes secret values from text that might reach a caller or a log (driver messages, URLs). */
public final class Redaction {
    private Redaction() {
    }

    public static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 3) {
                out = out.replace(secret, "****");
                String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
                if (!encoded.equals(secret)) {
                    out = out.replace(encoded, "****");
                }
            }
        }
        return out;
    }

    /** The first line of a driver message, trimmed: stack-like detail and server hints stay out. */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the source reported an error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
