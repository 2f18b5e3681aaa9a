package ai.kai.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

class ScheduleExpressionTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant ANY_START = Instant.parse("2020-01-01T00:00:00Z");

    private static List<Instant> next(String expression, int count, String after, ZoneId zone) {
        return ScheduleExpression.parse(expression).next(count, Instant.parse(after), zone, ANY_START);
    }

    private static List<Instant> instants(String... texts) {
        return java.util.Arrays.stream(texts).map(Instant::parse).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0 8 1 * *          | cron(0 8 1 * ? *)",
            "*/15 * * * *       | cron(*/15 * * * ? *)",
            "0 8 * * 1-5        | cron(0 8 ? * MON-FRI *)",
            "0 8 * * 0          | cron(0 8 ? * SUN *)",
            "0 8 * * 7          | cron(0 8 ? * SUN *)",
            "0 8 * * 5-7        | cron(0 8 ? * SUN,FRI-SAT *)",
            "0 8 * * mon,wed,fri| cron(0 8 ? * MON,WED,FRI *)",
            "0 8 * * 5L         | cron(0 8 ? * 6L *)",
            "0 8 * * 1#2        | cron(0 8 ? * 2#2 *)",
            "0 8 L * *          | cron(0 8 L * ? *)",
            "0 9-17/2 15W jan-jun * | cron(0 9-17/2 15W JAN-JUN ? *)",
            "cron(0 8 1 * ? *)  | cron(0 8 1 * ? *)",
            "rate(1 day)        | rate(1 day)",
            "rate(15 minutes)   | rate(15 minutes)"})
    void shouldWriteEveryAcceptedFormInEventBridgeForm(String expression, String eventBridge) {
        assertThat(ScheduleExpression.parse(expression).eventBridge()).isEqualTo(eventBridge);
    }

    @Test
    void shouldFireAtEightOnTheFirstOfEachMonthInTheScheduleZone() {
        assertThat(next("0 8 1 * *", 3, "2026-09-15T00:00:00Z", BERLIN)).isEqualTo(instants(
                "2026-10-01T06:00:00Z", "2026-11-01T07:00:00Z", "2026-12-01T07:00:00Z"));
    }

    @Test
    void shouldFireEveryQuarterHourStrictlyAfterTheGivenTime() {
        assertThat(next("*/15 * * * *", 3, "2026-05-05T10:15:00Z", ZoneId.of("UTC"))).isEqualTo(instants(
                "2026-05-05T10:30:00Z", "2026-05-05T10:45:00Z", "2026-05-05T11:00:00Z"));
    }

    @Test
    void shouldSkipALocalTimeThatTheSpringForwardGapRemoves() {
        // 2026-03-29 in Berlin: 02:00 jumps to 03:00, so 02:30 does not exist that day
        assertThat(next("30 2 * * *", 2, "2026-03-28T12:00:00Z", BERLIN)).isEqualTo(instants(
                "2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z"));
        assertThat(next("*/30 * * * *", 3, "2026-03-29T00:15:00Z", BERLIN)).isEqualTo(instants(
                "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z"));
    }

    @Test
    void shouldFireOnceInTheHourThatFallBackRepeats() {
        // 2026-10-25 in Berlin: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice, the schedule runs once
        assertThat(next("30 2 * * *", 2, "2026-10-24T12:00:00Z", BERLIN)).isEqualTo(instants(
                "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"));
        assertThat(next("30 2 * * 0", 1, "2026-10-24T12:00:00Z", BERLIN)).isEqualTo(instants("2026-10-25T00:30:00Z"));
        assertThat(next("0 * * * *", 3, "2026-10-24T23:30:00Z", BERLIN)).isEqualTo(instants(
                "2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z"));
    }

    @Test
    void shouldCountARateInFixedDurationsFromItsStartAcrossDaylightSaving() {
        ScheduleExpression daily = ScheduleExpression.parse("rate(1 day)");
        Instant start = Instant.parse("2026-03-28T10:00:00Z");
        assertThat(daily.nextAfter(Instant.parse("2026-03-01T00:00:00Z"), BERLIN, start)).contains(start);
        assertThat(daily.next(2, start, BERLIN, start)).isEqualTo(instants("2026-03-29T10:00:00Z", "2026-03-30T10:00:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-03-29T09:59:00Z"), BERLIN, start))
                .contains(Instant.parse("2026-03-29T10:00:00Z"));
    }

    @Test
    void shouldHonourLastNearestWeekdayAndNthWeekday() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(next("cron(0 8 L * ? *)", 2, "2026-02-01T00:00:00Z", utc))
                .isEqualTo(instants("2026-02-28T08:00:00Z", "2026-03-31T08:00:00Z"));
        // 2026-11-15 is a Sunday: the nearest weekday is Monday the 16th
        assertThat(next("cron(0 8 15W * ? *)", 1, "2026-11-01T00:00:00Z", utc)).isEqualTo(instants("2026-11-16T08:00:00Z"));
        // 2026-05-31 is a Sunday: the last weekday of May is Friday the 29th
        assertThat(next("cron(0 8 LW * ? *)", 1, "2026-05-01T00:00:00Z", utc)).isEqualTo(instants("2026-05-29T08:00:00Z"));
        assertThat(next("0 8 * * 5L", 1, "2026-04-01T00:00:00Z", utc)).isEqualTo(instants("2026-04-24T08:00:00Z"));
        assertThat(next("cron(0 8 ? * 2#1 *)", 2, "2026-04-01T00:00:00Z", utc))
                .isEqualTo(instants("2026-04-06T08:00:00Z", "2026-05-04T08:00:00Z"));
        assertThat(next("cron(0 8 ? * SUN,FRI-SAT *)", 3, "2026-11-18T00:00:00Z", utc)).isEqualTo(instants(
                "2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z", "2026-11-22T08:00:00Z"));
    }

    @Test
    void shouldStopAfterTheLastYearOfTheExpression() {
        assertThat(next("cron(0 8 1 1 ? 2027-2028)", 5, "2026-06-01T00:00:00Z", ZoneId.of("UTC"))).isEqualTo(instants(
                "2027-01-01T08:00:00Z", "2028-01-01T08:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "61 * * * *          | minute field: 61 is outside 0–59",
            "0 25 * * *          | hour field: 25 is outside 0–23",
            "0 8 32 * *          | day-of-month field: 32 is outside 1–31",
            "0 8 * 13 *          | month field: 13 is outside 1–12",
            "0 8 * * 8           | day-of-week field: 8 is outside 0–7",
            "0 8 * * funday      | day-of-week field: 'FUNDAY' is not a number or a name",
            "0 8 1 * 1           | restricts both day-of-month (1) and day-of-week (1)",
            "0 8 * *             | has 4 fields; a Unix cron has 5",
            "0 8 1 * ? *         | has 6 fields; write EventBridge's form inside cron(",
            "0 17-9 * * *        | the range 17-9 runs backwards",
            "*/0 * * * *         | minute step field: 0 is outside 1–60",
            "cron(0 8 1 * 1 *)   | exactly one of day-of-month ('1') and day-of-week ('1') must be '?'",
            "cron(0 8 * * ? 1969)| year field: 1969 is outside 1970–2199",
            "cron(0 8 ? * 2#6 *) | day-of-week '#' field: 6 is outside 1–5",
            "cron(0 8 1 * ?)     | has 5 fields; EventBridge wants 6",
            "rate(0 days)        | rate value 0 must be a whole number from 1",
            "rate(1 days)        | EventBridge wants rate(1 day)",
            "rate(2 day)         | EventBridge wants rate(2 days)",
            "rate(2 weeks)       | rate unit 'weeks' is not one of minute(s), hour(s), day(s)",
            "rate(often)         | is not a rate"})
    void shouldRefuseAnInvalidExpressionNamingTheBadField(String expression, String message) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOfSatisfying(KaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCHEDULE);
                    assertThat(e.httpStatus()).isEqualTo(400);
                })
                .hasMessageContaining(message);
    }

    @Test
    void shouldRefuseAnEmptyExpression() {
        assertThatThrownBy(() -> ScheduleExpression.parse("  ")).isInstanceOfSatisfying(KaiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCHEDULE));
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlinn", "+02:00", "GMT+2", "Mars/Olympus"})
    void shouldRefuseATimeZoneThatIsNotAnIanaName(String zone) {
        assertThatThrownBy(() -> ScheduleExpression.zone(zone))
                .isInstanceOfSatisfying(KaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TIME_ZONE))
                .hasMessageContaining("'" + zone + "'");
    }

    @Test
    void shouldAcceptIanaZonesAndDefaultToUtc() {
        assertThat(ScheduleExpression.zone("America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(ScheduleExpression.zone(null)).isEqualTo(ZoneId.of("UTC"));
    }
}
