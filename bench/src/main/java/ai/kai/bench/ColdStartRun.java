package ai.kai.bench;

/**
 * What one fresh child JVM reported, in milliseconds: JVM start to {@code main}, handler init, Lambda's serializers,
 * priming (0 when it did not prime), the first invoke, spawn to response as the parent saw it, the process CPU, and
 * the number of classes loaded.
 */
record ColdStartRun(double bootMs, double initMs, double serdeMs, double primeMs, double invokeMs, double wallMs,
                    double cpuMs, long classes) {
}
