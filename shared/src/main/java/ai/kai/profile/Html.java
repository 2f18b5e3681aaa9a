package ai.kai.profile;

/**
 * Escaping for the report. The output is well-formed XML as well as HTML5, so every character that could open
 * markup is escaped, characters XML forbids (controls, lone surrogates) become U+FFFD, and "://" is written with
 * character references so that no text of the data reads like a link.
 */
final class Html {
    private static final int MAX_VALUE_CHARS = 120;

    private Html() {
    }

    /** Text or attribute content. */
    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ':' && s.startsWith("//", i + 1)) {
                out.append(":&#47;&#47;");
                i += 2;
                continue;
            }
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean pair = Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        out.append(ch).append(s.charAt(++i));
                    } else {
                        out.append(allowed(ch) ? ch : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** A data value for display: escaped, shortened to 120 characters. */
    static String value(Object value) {
        String s = value == null ? "∅" : String.valueOf(value);
        if (s.codePointCount(0, s.length()) > MAX_VALUE_CHARS) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_VALUE_CHARS)) + "…";
        }
        return esc(s);
    }

    private static boolean allowed(char ch) {
        if (Character.isSurrogate(ch)) {
            return false;
        }
        return ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
    }
}
