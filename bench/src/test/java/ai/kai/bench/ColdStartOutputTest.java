package ai.kai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class ColdStartOutputTest {
    private static ColdStartOutput read(String stdout) throws IOException {
        return ColdStartOutput.read(new BufferedReader(new StringReader(stdout)), System.nanoTime());
    }

    @Test
    void shouldTurnTheChildsLinesIntoPhaseTimesInMilliseconds() throws IOException {
        long spawned = 1_000_000_000L;
        ColdStartOutput out = read("""
                some log line the handler printed
                KAI_COLD main=1250000000 init=40000000 serde=5000000 prime=0 invoke=120500000
                KAI_RESPONSE {"statusCode":200}
                KAI_CPU 310000000
                KAI_CLASSES 4321
                """);

        assertThat(out.complete()).isTrue();
        assertThat(out.response()).isEqualTo("{\"statusCode\":200}");
        ColdStartRun run = out.toRun(spawned);
        assertThat(run.bootMs()).isEqualTo(250.0);
        assertThat(run.initMs()).isEqualTo(40.0);
        assertThat(run.serdeMs()).isEqualTo(5.0);
        assertThat(run.primeMs()).isZero();
        assertThat(run.invokeMs()).isEqualTo(120.5);
        assertThat(run.cpuMs()).isEqualTo(310.0);
        assertThat(run.classes()).isEqualTo(4321);
    }

    @Test
    void shouldBeIncompleteWhenTheChildNeverResponded() throws IOException {
        ColdStartOutput out = read("KAI_COLD main=1 init=2 serde=3 prime=0 invoke=4\nException in thread main\n");

        assertThat(out.complete()).isFalse();
        assertThat(out.response()).isNull();
        assertThat(out.cpuMs()).isNaN();
    }

    @Test
    void shouldNotTakeTheFiguresPrintedBeforeTheResponseAsTheChildsOwn() throws IOException {
        ColdStartOutput out = read("KAI_CLASSES 99\nKAI_RESPONSE ok\n");

        assertThat(out.classes()).isZero();
        assertThat(out.times()).isNull();
        assertThat(out.complete()).isFalse();
    }
}
