package ai.kai.bench;

import java.util.List;

/** One function (or the DuckDB load alone) measured over several fresh JVMs: the statistics a report row shows. */
record ColdStartRow(String function, String handler, String artifact, int memoryMb, String event, Stats boot,
                    Stats init, Stats serde, Stats invoke, Stats wall, Stats cpu, long classes, Primed primed) {

    /** The same function when priming ran first, as before a SnapStart snapshot: what priming costs, what remains. */
    record Primed(Stats priming, Stats firstInvoke) {
        static Primed of(List<ColdStartRun> runs) {
            return new Primed(Stats.of("priming", runs.stream().mapToDouble(ColdStartRun::primeMs).toArray()),
                    Stats.of("primed invoke", runs.stream().mapToDouble(ColdStartRun::invokeMs).toArray()));
        }
    }

    /** The statistics of {@code runs}; {@code primed} is null where no primed runs were made. */
    static ColdStartRow of(String function, String handler, String artifact, int memoryMb, String event,
                           List<ColdStartRun> runs, Primed primed) {
        return new ColdStartRow(function, handler, artifact, memoryMb, event,
                Stats.of("boot", runs.stream().mapToDouble(ColdStartRun::bootMs).toArray()),
                Stats.of("init", runs.stream().mapToDouble(ColdStartRun::initMs).toArray()),
                Stats.of("serde", runs.stream().mapToDouble(ColdStartRun::serdeMs).toArray()),
                Stats.of("invoke", runs.stream().mapToDouble(ColdStartRun::invokeMs).toArray()),
                Stats.of("wall", runs.stream().mapToDouble(ColdStartRun::wallMs).toArray()),
                Stats.of("cpu", runs.stream().mapToDouble(ColdStartRun::cpuMs).toArray()),
                Math.round(runs.stream().mapToLong(ColdStartRun::classes).average().orElse(0)), primed);
    }
}
