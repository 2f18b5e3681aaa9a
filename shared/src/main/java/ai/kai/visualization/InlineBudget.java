package ai.kai.visualization;

/**
 * Whether content fits in an API response. Lambda caps a synchronous response at 6 MB and API Gateway at 10 MB, and
 * the body travels as a JSON string, so every quote and backslash in it costs a second byte: the budget is counted
 * on that escaped size.
 */
final class InlineBudget {
    private final long maxBytes;

    InlineBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    boolean fits(byte[] content) {
        long size = content.length;
        for (byte b : content) {
            if (b == '"' || b == '\\' || b >= 0 && b < 0x20) {
                size++;
            }
            if (size > maxBytes) {
                return false;
            }
        }
        return true;
    }
}
