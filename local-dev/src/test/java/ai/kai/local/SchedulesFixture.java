package ai.kai.local;

import java.net.URI;
import java.time.Clock;

import ai.kai.config.KaiConfig;
import ai.kai.schedule.EventBridgeSchedules;
import ai.kai.schedule.SchedulerSettings;
import ai.kai.storage.DynamoMetadataStore;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/** The real {@link EventBridgeSchedules} and SDK client against a running local stack, on the test's clock. */
record SchedulesFixture(SchedulerClient client, EventBridgeSchedules schedules) implements AutoCloseable {

    static SchedulesFixture on(LocalStack stack, Clock clock) {
        KaiConfig config = stack.functionConfig();
        SchedulerClient client = SchedulerClient.builder().region(Region.of(config.region()))
                .endpointOverride(stack.schedulerEndpoint()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        DynamoDbClient dynamo = DynamoDbClient.builder().region(Region.of(config.region()))
                .endpointOverride(URI.create(config.dynamoDbEndpoint().orElseThrow()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        return new SchedulesFixture(client, new EventBridgeSchedules(client, new DynamoMetadataStore(dynamo, config.table()),
                SchedulerSettings.fromEnvironment(), clock));
    }

    @Override
    public void close() {
        client.close();
    }
}
