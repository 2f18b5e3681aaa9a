package ai.kai.report;

/**
 * Text made safe for HTML and XHTML: markup characters escaped, and characters XML 1.0 forbids (control characters,
 * lone surrogates, U+FFFE/U+FFFF) dropped, so hostile or binary-looking values can neither inject markup nor break
 * the XHTML parser behind the PDF.
 */
final class Escape {
    private Escape() {
    }

    /** Element text and attribute values (both quote kinds escaped). */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> appendIfAllowed(out, s, i, c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(s.charAt(++i));
            }
        }
        return out.toString();
    }

    /** Drops what XML 1.0 forbids and leaves everything else as it is (for text a trusted renderer escapes itself). */
    static String xmlChars(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            appendIfAllowed(out, s, i, c);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(s.charAt(++i));
            }
        }
        return out.toString();
    }

    /** A CSS class fragment from free text: lower-case letters, digits and dashes only. */
    static String cssToken(String s) {
        String token = s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return token.isEmpty() ? "none" : token;
    }

    private static void appendIfAllowed(StringBuilder out, String s, int i, char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        boolean nonCharacter = c == 0xFFFE || c == 0xFFFF;
        boolean loneHigh = Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)));
        boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
        if (!control && !nonCharacter && !loneHigh && !loneLow) {
            out.append(c);
        }
    }
}
