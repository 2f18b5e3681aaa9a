package ai.kai.chart.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the renderer changed to draw large data; printed on the chart so nobody mistakes it for every point. */
final class Notes {
    private final List<String> notes = new ArrayList<>();

    void downsampled(String trace, long from, long to, String how) {
        notes.add(String.format(Locale.ROOT, "%s downsampled from %,d to %,d points (%s)", trace.isEmpty() ? "data" : trace,
                from, to, how));
    }

    List<String> all() {
        return notes;
    }
}
