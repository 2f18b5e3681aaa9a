package ai.kai.profile;

/** Percentages as the profile reports them: 0–100, zero when the whole is empty. */
final class Percent {
    private Percent() {
    }

    static double of(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
