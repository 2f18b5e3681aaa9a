package ai.kai.notebook;

import java.net.URI;
import java.util.Optional;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.json.Json;
import ai.kai.schedule.ScheduledRunEvent;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Dispatches runs with Lambda {@code Invoke} ({@code InvocationType.EVENT}: queued by Lambda, answered at once) to the
 * notebook-run function named by {@code KAI_NOTEBOOK_RUNNER_FUNCTION}. The local stack points the client at its
 * Lambda-compatible endpoint ({@code KAI_LAMBDA_ENDPOINT}), so both take this path.
 */
public final class LambdaRunDispatcher implements RunDispatcher {
    private final LambdaClient lambda;
    private final String functionName;

    public LambdaRunDispatcher(LambdaClient lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    public static LambdaRunDispatcher create(String region, Optional<String> endpoint, String functionName) {
        var builder = LambdaClient.builder().region(Region.of(region)).httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.map(URI::create).ifPresent(builder::endpointOverride);
        return new LambdaRunDispatcher(builder.build(), functionName);
    }

    @Override
    public void dispatch(ScheduledRunEvent event) {
        try {
            var response = lambda.invoke(b -> b.functionName(functionName).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String(Json.write(event))));
            if (response.statusCode() != 202) {
                throw new KaiException(ErrorCode.RUN_DISPATCH_FAILED, "the notebook runner did not accept the run (status "
                        + response.statusCode() + "); try again");
            }
        } catch (SdkException e) {
            throw new KaiException(ErrorCode.RUN_DISPATCH_FAILED, "the notebook runner could not be reached; try again", e);
        }
    }
}
