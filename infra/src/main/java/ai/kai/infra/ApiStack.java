package ai.kai.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.constructs.Construct;

/**
 * The front door: the one HTTP API (one URL) and the one identity provider with its authorizer. The routes live with
 * their functions in the {@link FunctionsStack}s, which reference this API; nothing here references a function, so
 * a new function never touches this stack's template. Not deployed where the target has no API Gateway v2
 * (LocalStack's free image, see {@link InfraSettings#deploysHttpApi()}).
 */
public final class ApiStack extends Stack {
    private final InfraSettings settings;
    private final StorageStack storage;
    private final ApiIdentity identity;
    private final HttpApi httpApi;

    public ApiStack(Construct scope, String id, StackProps props, InfraSettings settings, StorageStack storage) {
        super(scope, id, props);
        this.settings = settings;
        this.storage = storage;
        this.identity = createIdentity();
        this.httpApi = createHttpApi();
        createOutputs();
    }

    /** The API every HTTP route is added to. */
    public HttpApi httpApi() {
        return httpApi;
    }

    /** Who may call the authenticated routes. */
    public ApiIdentity identity() {
        return identity;
    }

    private ApiIdentity createIdentity() {
        return new ApiIdentity(this, "Identity", settings);
    }

    private HttpApi createHttpApi() {
        return HttpApi.Builder.create(this, "HttpApi")
                .apiName("kai")
                .description("KAI Analytics API (payload format 2.0)")
                .build();
    }

    private void createOutputs() {
        output("ApiUrl", httpApi.getApiEndpoint(), "KAI_ENDPOINT: the HTTP API's base URL");
        identity.userPool().ifPresent(pool -> output("UserPoolId", pool.getUserPoolId(),
                "Cognito user pool of KAI users (attribute custom:" + ApiIdentity.TENANT_ATTRIBUTE + ")"));
        identity.client().ifPresent(client -> output("UserPoolClientId", client.getUserPoolClientId(),
                "App client for InitiateAuth (USER_PASSWORD_AUTH); its IdToken is KAI_TOKEN"));
        output("BucketName", storage.bucket().getBucketName(), "KAI_BUCKET");
        output("TableName", storage.table().getTableName(), "KAI_TABLE");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
