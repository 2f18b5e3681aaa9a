package ai.kai.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.schedule.EventBridgeSchedules;
import ai.kai.schedule.ScheduleInfo;
import ai.kai.schedule.ScheduleRequest;
import ai.kai.schedule.Schedules;
import ai.kai.tenancy.TenantId;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;

/**
 * {@link EventBridgeSchedules} through the real AWS SDK against the local EventBridge Scheduler API, and the local
 * scheduler firing a catalog function on a clock the test moves.
 */
class LocalSchedulerEndToEndTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final String GROUP = LocalSchedulerStack.GROUP;

    @TempDir
    static Path dataDir;
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-11-30T06:58:00Z"));
    private static LocalStack stack;
    private static SchedulesFixture sdk;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStackOptions(0, dataDir, false).withClock(CLOCK)
                .withFunctions(List.of(RecordingRunner.spec())));
        sdk = SchedulesFixture.on(stack, CLOCK);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        stack.close();
    }

    private static GetScheduleResponse eventBridgeScheduleOf(String notebookId, String nameFragment) {
        ScheduleSummary summary = sdk.client().listSchedules(b -> b.groupName(GROUP)).schedules().stream()
                .filter(s -> eventBridge(s.name()).target().input().contains("\"notebook_id\":\"" + notebookId + "\""))
                .filter(s -> eventBridge(s.name()).target().input().contains(nameFragment))
                .findFirst().orElseThrow();
        return eventBridge(summary.name());
    }

    private static GetScheduleResponse eventBridge(String name) {
        return sdk.client().getSchedule(b -> b.groupName(GROUP).name(name));
    }

    private static void fireAt(String instant) throws InterruptedException {
        CLOCK.set(Instant.parse(instant));
        stack.scheduler().tick();
        assertThat(stack.scheduler().awaitIdle(30_000)).isTrue();
    }

    @Test
    void shouldCreateAnEventBridgeScheduleThatRunsTheNotebookRunnerForTheTenant() {
        CLOCK.set(Instant.parse("2026-11-30T06:58:00Z"));
        ScheduleInfo info = sdk.schedules().put(ACME, new ScheduleRequest("nb_monthly", "0 8 1 * *", "Europe/Berlin",
                Map.of("region", "EU")));

        assertThat(info.eventBridgeExpression()).isEqualTo("cron(0 8 1 * ? *)");
        assertThat(info.expression()).isEqualTo("0 8 1 * *");
        assertThat(info.nextRuns()).startsWith(Instant.parse("2026-12-01T07:00:00Z"), Instant.parse("2027-01-01T07:00:00Z"));
        GetScheduleResponse created = eventBridgeScheduleOf("nb_monthly", "\"tenant\":\"acme\"");
        assertThat(created.name()).hasSizeLessThanOrEqualTo(64).doesNotContain("acme");
        assertThat(created.scheduleExpression()).isEqualTo("cron(0 8 1 * ? *)");
        assertThat(created.scheduleExpressionTimezone()).isEqualTo("Europe/Berlin");
        assertThat(created.flexibleTimeWindow().mode()).isEqualTo(FlexibleTimeWindowMode.OFF);
        assertThat(created.target().arn()).endsWith(":function:kai-notebooks-runner:live");
        assertThat(created.target().roleArn()).contains(":role/");
        assertThat(created.target().deadLetterConfig().arn()).startsWith("arn:aws:sqs:");
        JsonNode input = Json.parseRequest(created.target().input());
        assertThat(input.path("trigger").asText()).isEqualTo("schedule");
        assertThat(input.path("tenant").asText()).isEqualTo("acme");
        assertThat(input.path("parameters").path("region").asText()).isEqualTo("EU");
        assertThat(input.path("scheduled_time").asText()).isEqualTo("<aws.scheduler.scheduled-time>");
    }

    @Test
    void shouldReplaceTheNotebooksScheduleInPlaceAndDeleteIt() {
        CLOCK.set(Instant.parse("2026-11-30T06:58:00Z"));
        Schedules schedules = sdk.schedules();
        schedules.put(ACME, new ScheduleRequest("nb_replaced", "0 8 * * 1-5", "UTC", Map.of()));
        String name = eventBridgeScheduleOf("nb_replaced", "acme").name();

        ScheduleInfo replaced = schedules.put(ACME, new ScheduleRequest("nb_replaced", "rate(1 day)", "UTC", Map.of("k", "v")));

        assertThat(replaced.eventBridgeExpression()).isEqualTo("rate(1 day)");
        assertThat(schedules.get(ACME, "nb_replaced")).get().extracting(ScheduleInfo::parameters).isEqualTo(Map.of("k", "v"));
        GetScheduleResponse updated = eventBridge(name);
        assertThat(updated.scheduleExpression()).isEqualTo("rate(1 day)");
        assertThat(updated.startDate()).isEqualTo(Instant.parse("2026-12-01T06:58:00Z"));
        assertThat(replaced.nextRuns()).startsWith(Instant.parse("2026-12-01T06:58:00Z"), Instant.parse("2026-12-02T06:58:00Z"));

        assertThat(schedules.delete(ACME, "nb_replaced")).isTrue();
        assertThat(schedules.get(ACME, "nb_replaced")).isEmpty();
        assertThatThrownBy(() -> eventBridge(name)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(schedules.delete(ACME, "nb_replaced")).isFalse();
    }

    @Test
    void shouldNeverShowOrDeleteAnotherTenantsSchedule() {
        Schedules schedules = sdk.schedules();
        schedules.put(ACME, new ScheduleRequest("nb_shared_id", "0 6 * * *", "UTC", Map.of()));

        assertThat(schedules.get(GLOBEX, "nb_shared_id")).isEmpty();
        assertThat(schedules.delete(GLOBEX, "nb_shared_id")).isFalse();
        schedules.put(GLOBEX, new ScheduleRequest("nb_shared_id", "0 9 * * *", "UTC", Map.of()));

        assertThat(schedules.get(ACME, "nb_shared_id")).get().extracting(ScheduleInfo::expression).isEqualTo("0 6 * * *");
        assertThat(schedules.get(GLOBEX, "nb_shared_id")).get().extracting(ScheduleInfo::expression).isEqualTo("0 9 * * *");
        assertThat(eventBridgeScheduleOf("nb_shared_id", "\"tenant\":\"acme\"").scheduleExpression()).isEqualTo("cron(0 6 * * ? *)");
        assertThat(eventBridgeScheduleOf("nb_shared_id", "\"tenant\":\"globex\"").scheduleExpression()).isEqualTo("cron(0 9 * * ? *)");
    }

    @Test
    void shouldRefuseAnInvalidCronOrZoneWithoutCreatingAnything() {
        int before = sdk.client().listSchedules(b -> b.groupName(GROUP)).schedules().size();
        assertThatThrownBy(() -> sdk.schedules().put(ACME, new ScheduleRequest("nb_bad", "0 8 32 * *", "UTC", Map.of())))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCHEDULE))
                .hasMessageContaining("day-of-month");
        assertThatThrownBy(() -> sdk.schedules().put(ACME, new ScheduleRequest("nb_bad", "0 8 1 * *", "Europe/Berlinn", Map.of())))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_ZONE));
        assertThat(sdk.client().listSchedules(b -> b.groupName(GROUP)).schedules()).hasSize(before);
        assertThat(sdk.schedules().get(ACME, "nb_bad")).isEmpty();
    }

    @Test
    void shouldWorkAsConfiguredFromTheEnvironmentTheStackSets() {
        Schedules fromEnvironment = EventBridgeSchedules.fromEnvironment();
        fromEnvironment.put(ACME, new ScheduleRequest("nb_env", "cron(30 7 ? * MON *)", "America/New_York", Map.of()));
        assertThat(fromEnvironment.get(ACME, "nb_env")).get().extracting(ScheduleInfo::timeZone).isEqualTo("America/New_York");
        assertThat(fromEnvironment.delete(ACME, "nb_env")).isTrue();
    }

    @Test
    void shouldFireTheRunnerExactlyOnceAtEachDueTimeWithTheScheduledTime() throws Exception {
        CLOCK.set(Instant.parse("2026-11-30T06:58:00Z"));
        sdk.schedules().put(ACME, new ScheduleRequest("nb_quarter", "*/15 * * * *", "Europe/Berlin", Map.of("top", "5")));

        fireAt("2026-11-30T06:59:59Z");
        assertThat(RecordingRunner.receivedFor("nb_quarter")).isEmpty();
        fireAt("2026-11-30T07:00:05Z");
        fireAt("2026-11-30T07:00:40Z");
        List<RecordingRunner.Event> runs = RecordingRunner.receivedFor("nb_quarter");
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst()).containsEntry("trigger", "schedule").containsEntry("tenant", "acme")
                .containsEntry("scheduled_time", "2026-11-30T07:00:00Z").containsEntry("parameters", Map.of("top", "5"));

        fireAt("2026-11-30T07:15:01Z");
        assertThat(RecordingRunner.receivedFor("nb_quarter")).extracting(e -> e.get("scheduled_time"))
                .containsExactly("2026-11-30T07:00:00Z", "2026-11-30T07:15:00Z");
        sdk.schedules().delete(ACME, "nb_quarter");
    }

    @Test
    void shouldSkipMissedFiresInsteadOfCatchingUp() throws Exception {
        CLOCK.set(Instant.parse("2026-11-30T06:58:00Z"));
        sdk.schedules().put(ACME, new ScheduleRequest("nb_downtime", "*/15 * * * *", "UTC", Map.of()));

        CLOCK.advance(Duration.ofHours(3)); // twelve fires missed while nothing ticked
        fireAt("2026-11-30T09:58:00Z");
        assertThat(RecordingRunner.receivedFor("nb_downtime")).isEmpty();
        assertThat(stack.scheduler().nextFire(GROUP, eventBridgeScheduleOf("nb_downtime", "acme").name()))
                .contains(Instant.parse("2026-11-30T10:00:00Z"));

        fireAt("2026-11-30T10:00:00Z");
        assertThat(RecordingRunner.receivedFor("nb_downtime")).extracting(e -> e.get("scheduled_time"))
                .containsExactly("2026-11-30T10:00:00Z");
        sdk.schedules().delete(ACME, "nb_downtime");
    }

    @Test
    void shouldAnswerLikeEventBridgeForUnknownSchedulesAndBadExpressions() {
        assertThatThrownBy(() -> sdk.client().getSchedule(b -> b.groupName(GROUP).name("nb-missing")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> sdk.client().createSchedule(b -> b.groupName(GROUP).name("bad").scheduleExpression("0 8 * * *")
                .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                .target(t -> t.arn("arn:aws:lambda:us-east-1:000000000000:function:x").roleArn("arn:aws:iam::0:role/r"))))
                .isInstanceOf(software.amazon.awssdk.services.scheduler.model.ValidationException.class);
        assertThatThrownBy(() -> sdk.client().createSchedule(b -> b.groupName("no-such-group").name("x")
                .scheduleExpression("rate(1 day)").flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                .target(t -> t.arn("arn:aws:lambda:us-east-1:000000000000:function:x").roleArn("arn:aws:iam::0:role/r"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
