package ai.kai.schedule;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import ai.kai.config.KaiConfig;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.storage.DynamoMetadataStore;
import ai.kai.storage.MetadataStore;
import ai.kai.storage.StoredItem;
import ai.kai.tenancy.TenantId;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleState;
import software.amazon.awssdk.services.scheduler.model.Target;
import software.amazon.awssdk.services.scheduler.model.ValidationException;

/**
 * The {@link Schedules} adapter for EventBridge Scheduler (AWS SDK v2); on the local stack the same client talks
 * to the local scheduler's endpoint. One schedule per notebook in the configured group, named by
 * {@link ScheduleNames}; its input is the {@link ScheduledRunEvent} with the tenant inside and
 * {@code scheduled_time} left to EventBridge. The metadata table holds what was asked for and answers
 * {@link #get}; EventBridge only executes.
 */
public final class EventBridgeSchedules implements Schedules {
    static final int NEXT_RUNS = 5;
    /** Two more tries within an hour, then the dead-letter queue: a notebook run is not worth a day of retries. */
    static final int RETRIES = 2;
    static final int MAX_EVENT_AGE_SECONDS = 3600;

    private final SchedulerClient scheduler;
    private final MetadataStore metadata;
    private final SchedulerSettings settings;
    private final Clock clock;

    public EventBridgeSchedules(SchedulerClient scheduler, MetadataStore metadata, SchedulerSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.metadata = metadata;
        this.settings = settings;
        this.clock = clock;
    }

    /** Configured from the environment the function runs in (CDK sets it; the local stack sets JVM properties). */
    public static Schedules fromEnvironment() {
        KaiConfig config = KaiConfig.fromEnvironment();
        var dynamo = DynamoDbClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.dynamoDbEndpoint().map(URI::create).ifPresent(dynamo::endpointOverride);
        return fromEnvironment(new DynamoMetadataStore(dynamo.build(), config.table()));
    }

    /** The same, sharing a metadata store the function already has. */
    public static Schedules fromEnvironment(MetadataStore metadata) {
        return fromEnvironment(metadata, Clock.systemUTC());
    }

    /** The same on a given clock (the local stack's, when a test drives its scheduler). */
    public static Schedules fromEnvironment(MetadataStore metadata, Clock clock) {
        SchedulerSettings settings = SchedulerSettings.fromEnvironment();
        var client = SchedulerClient.builder().region(Region.of(settings.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        settings.endpoint().map(URI::create).ifPresent(client::endpointOverride);
        return new EventBridgeSchedules(client.build(), metadata, settings, clock);
    }

    @Override
    public ScheduleInfo put(TenantId tenant, ScheduleRequest request) {
        String notebookId = requireNotebookId(request.notebookId());
        ScheduleExpression expression = ScheduleExpression.parse(request.expression());
        String zone = ScheduleExpression.zone(request.timeZone()).getId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // a rate starts one period from now, not at once: "every day" should not run the notebook right away
        Instant start = expression instanceof RateExpression rate ? now.truncatedTo(ChronoUnit.MINUTES).plus(rate.every()) : now;
        String name = ScheduleNames.of(tenant, notebookId);
        StoredSchedule stored = new StoredSchedule(notebookId, request.expression().trim(), expression.eventBridge(), zone,
                request.parameters(), now.toString(), start.toString(), name);
        writeSchedule(tenant, stored, expression instanceof RateExpression ? Optional.of(start) : Optional.empty());
        try {
            save(tenant, stored);
        } catch (RuntimeException e) {
            deleteQuietly(name); // no schedule may run that our metadata does not know
            throw e;
        }
        return stored.toInfo(clock.instant(), NEXT_RUNS);
    }

    @Override
    public Optional<ScheduleInfo> get(TenantId tenant, String notebookId) {
        return load(tenant, requireNotebookId(notebookId)).map(s -> s.toInfo(clock.instant(), NEXT_RUNS));
    }

    @Override
    public boolean delete(TenantId tenant, String notebookId) {
        Optional<StoredSchedule> stored = load(tenant, requireNotebookId(notebookId));
        if (stored.isEmpty()) {
            return false;
        }
        call(() -> {
            try {
                return scheduler.deleteSchedule(b -> b.name(stored.get().scheduleName()).groupName(settings.group()));
            } catch (ResourceNotFoundException alreadyGone) {
                return null;
            }
        });
        return metadata.delete(tenant, StoredSchedule.sortKey(stored.get().notebookId()));
    }

    private void writeSchedule(TenantId tenant, StoredSchedule s, Optional<Instant> start) {
        String input = Json.write(new ScheduledRunEvent(ScheduledRunEvent.SCHEDULE, tenant.value(), s.notebookId(), null,
                s.parameters(), ScheduledRunEvent.SCHEDULED_TIME_PLACEHOLDER));
        Target target = Target.builder()
                .arn(settings.targetArn())
                .roleArn(settings.roleArn())
                .input(input)
                .retryPolicy(r -> r.maximumRetryAttempts(RETRIES).maximumEventAgeInSeconds(MAX_EVENT_AGE_SECONDS))
                .applyMutation(t -> settings.deadLetterArn().ifPresent(arn -> t.deadLetterConfig(d -> d.arn(arn))))
                .build();
        String description = "KAI notebook " + s.notebookId();
        call(() -> {
            try {
                return scheduler.createSchedule(b -> b.name(s.scheduleName()).groupName(settings.group())
                        .description(description).scheduleExpression(s.eventBridgeExpression())
                        .scheduleExpressionTimezone(s.timeZone()).startDate(start.orElse(null)).state(ScheduleState.ENABLED)
                        .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF)).target(target));
            } catch (ConflictException exists) {
                return scheduler.updateSchedule(b -> b.name(s.scheduleName()).groupName(settings.group())
                        .description(description).scheduleExpression(s.eventBridgeExpression())
                        .scheduleExpressionTimezone(s.timeZone()).startDate(start.orElse(null)).state(ScheduleState.ENABLED)
                        .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF)).target(target));
            }
        });
    }

    private void save(TenantId tenant, StoredSchedule stored) {
        String key = StoredSchedule.sortKey(stored.notebookId());
        String document = Json.write(stored);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredItem> existing = metadata.get(tenant, key);
            boolean written = existing.isPresent()
                    ? metadata.replace(tenant, key, document, existing.get().version())
                    : metadata.create(tenant, key, document);
            if (written) {
                return;
            }
        }
        throw new KaiException(ErrorCode.SCHEDULER_UNAVAILABLE,
                "the schedule of notebook " + stored.notebookId() + " is being changed by another request; try again");
    }

    private Optional<StoredSchedule> load(TenantId tenant, String notebookId) {
        return metadata.get(tenant, StoredSchedule.sortKey(notebookId)).map(i -> Json.read(i.document(), StoredSchedule.class));
    }

    private void deleteQuietly(String name) {
        try {
            scheduler.deleteSchedule(b -> b.name(name).groupName(settings.group()));
        } catch (SdkException ignored) {
            // best effort after a failed metadata write; the API reports the original failure
        }
    }

    private static String requireNotebookId(String notebookId) {
        if (notebookId == null || notebookId.isBlank()) {
            throw new KaiException(ErrorCode.MISSING_FIELD, "a schedule needs the notebook id it runs");
        }
        return notebookId;
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ValidationException e) {
            throw new KaiException(ErrorCode.INVALID_SCHEDULE, "EventBridge Scheduler refused the schedule: "
                    + e.awsErrorDetails().errorMessage());
        } catch (ResourceNotFoundException e) {
            throw new KaiException(ErrorCode.SCHEDULER_UNAVAILABLE, "schedule group '" + settings.group()
                    + "' does not exist; deploy the stack that creates it", e);
        } catch (SdkException e) {
            throw new KaiException(ErrorCode.SCHEDULER_UNAVAILABLE, "EventBridge Scheduler cannot be reached; try again", e);
        }
    }
}
