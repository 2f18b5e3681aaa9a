package ai.kai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code KAI_*} lines a {@link ColdStartMain} child prints on stdout: {@code KAI_COLD} (its phase times),
 * {@code KAI_RESPONSE} (the handler's response), then {@code KAI_CLASSES} and {@code KAI_CPU}. Other lines are
 * ignored; {@code times} or {@code response} is null when the child never printed it.
 */
record ColdStartOutput(String times, String response, double wallMs, long classes, double cpuMs) {
    private static final String COLD = "KAI_COLD ";
    private static final String RESPONSE = "KAI_RESPONSE ";
    private static final String CLASSES = "KAI_CLASSES ";
    private static final String CPU = "KAI_CPU ";

    /**
     * Reads the child's stdout to its end; {@code wallMs} is the time from {@code spawnedNanos} to the response
     * line (to the end of the output when there is none).
     */
    static ColdStartOutput read(BufferedReader out, long spawnedNanos) throws IOException {
        String times = null;
        String response = null;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(COLD)) {
                times = line;
            } else if (line.startsWith(RESPONSE)) {
                response = line.substring(RESPONSE.length());
                break;
            }
        }
        double wall = Stats.millisSince(spawnedNanos);
        long classes = 0;
        double cpuMs = Double.NaN;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(CLASSES)) {
                classes = Long.parseLong(line.substring(CLASSES.length()).strip());
            } else if (line.startsWith(CPU)) {
                cpuMs = Long.parseLong(line.substring(CPU.length()).strip()) / 1e6;
            }
        }
        return new ColdStartOutput(times, response, wall, classes, cpuMs);
    }

    boolean complete() {
        return times != null && response != null;
    }

    /** The run's figures; the child's {@code main=} is a {@code System.nanoTime} on the same clock as {@code spawnedNanos}. */
    ColdStartRun toRun(long spawnedNanos) {
        Map<String, Long> t = parseTimes(times);
        return new ColdStartRun((t.get("main") - spawnedNanos) / 1e6, t.get("init") / 1e6, t.get("serde") / 1e6,
                t.get("prime") / 1e6, t.get("invoke") / 1e6, wallMs, cpuMs, classes);
    }

    private static Map<String, Long> parseTimes(String line) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : line.substring(COLD.length()).split(" ")) {
            String[] kv = part.split("=");
            out.put(kv[0], Long.parseLong(kv[1]));
        }
        return out;
    }
}
