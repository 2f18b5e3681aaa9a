package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.schedule.ScheduleInfo;
import ai.kai.schedule.ScheduleRequest;
import ai.kai.tenancy.TenantId;

/** A persistent local stack keeps its schedules across a restart and, like EventBridge, does not catch up. */
class LocalSchedulerRestartTest {
    @TempDir
    Path dataDir;

    private LocalStackOptions options(ManualClock clock) {
        return new LocalStackOptions(0, dataDir, true).withClock(clock).withFunctions(List.of(RecordingRunner.spec()));
    }

    @Test
    void shouldKeepSchedulesAcrossARestartAndSkipWhatWasMissedWhileDown() throws Exception {
        TenantId tenant = TenantId.of("initech");
        ManualClock clock = new ManualClock(Instant.parse("2026-11-30T06:00:00Z"));
        try (LocalStack first = LocalStack.start(options(clock)); SchedulesFixture sdk = SchedulesFixture.on(first, clock)) {
            sdk.schedules().put(tenant, new ScheduleRequest("nb_daily", "0 8 * * *", "Europe/Berlin", Map.of("p", "1")));
        }

        clock.set(Instant.parse("2026-12-01T08:00:00Z")); // down through 30 Nov 07:00Z and 1 Dec 07:00Z
        try (LocalStack second = LocalStack.start(options(clock)); SchedulesFixture sdk = SchedulesFixture.on(second, clock)) {
            assertThat(sdk.schedules().get(tenant, "nb_daily")).get().extracting(ScheduleInfo::expression).isEqualTo("0 8 * * *");
            second.scheduler().tick();
            assertThat(second.scheduler().awaitIdle(30_000)).isTrue();
            assertThat(RecordingRunner.receivedFor("nb_daily")).isEmpty();

            clock.set(Instant.parse("2026-12-02T07:00:30Z"));
            second.scheduler().tick();
            second.scheduler().tick();
            assertThat(second.scheduler().awaitIdle(30_000)).isTrue();
            assertThat(RecordingRunner.receivedFor("nb_daily")).extracting(e -> e.get("scheduled_time"))
                    .containsExactly("2026-12-02T07:00:00Z");
            assertThat(RecordingRunner.receivedFor("nb_daily").getFirst()).containsEntry("tenant", "initech");
        }
    }
}
