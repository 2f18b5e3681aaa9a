package ai.kai.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.ICustomAttribute;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.constructs.Construct;

/**
 * Who may call the authenticated routes. By default a Cognito user pool whose users carry an immutable custom
 * attribute {@code tenant}; its ID token holds the claim {@code custom:tenant} that the functions read. Users are
 * created by an administrator (no self sign-up) and the app client may read but not write the attribute, so
 * nobody can choose their own tenant. With context {@code jwtIssuer}/{@code jwtAudience} any OIDC issuer is
 * trusted instead and no pool is created.
 */
public final class ApiIdentity extends Construct {
    public static final String TENANT_ATTRIBUTE = "tenant";

    private final IHttpRouteAuthorizer authorizer;
    private final Optional<UserPool> userPool;
    private final Optional<UserPoolClient> client;

    public ApiIdentity(Construct scope, String id, InfraSettings settings) {
        super(scope, id);
        if (settings.jwtIssuer().isPresent()) {
            this.userPool = Optional.empty();
            this.client = Optional.empty();
            this.authorizer = createExternalIssuerAuthorizer(settings.jwtIssuer().get(), settings.jwtAudience());
        } else {
            UserPool pool = createUserPool(settings);
            UserPoolClient appClient = createAppClient(pool);
            this.userPool = Optional.of(pool);
            this.client = Optional.of(appClient);
            this.authorizer = createUserPoolAuthorizer(pool, appClient);
        }
    }

    public IHttpRouteAuthorizer authorizer() {
        return authorizer;
    }

    /** The Cognito pool, unless an external issuer is trusted. */
    public Optional<UserPool> userPool() {
        return userPool;
    }

    /** The app client whose ID tokens the API accepts, unless an external issuer is trusted. */
    public Optional<UserPoolClient> client() {
        return client;
    }

    private IHttpRouteAuthorizer createExternalIssuerAuthorizer(String issuer, List<String> audience) {
        return HttpJwtAuthorizer.Builder.create("KaiJwtAuthorizer", issuer)
                .jwtAudience(audience)
                .build();
    }

    private UserPool createUserPool(InfraSettings settings) {
        Map<String, ICustomAttribute> custom = Map.of(TENANT_ATTRIBUTE,
                StringAttribute.Builder.create().minLen(1).maxLen(64).mutable(false).build());
        return UserPool.Builder.create(this, "UserPool")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .customAttributes(custom)
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .removalPolicy(settings.localstack() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN)
                .build();
    }

    private UserPoolClient createAppClient(UserPool pool) {
        return pool.addClient("CliClient", UserPoolClientOptions.builder()
                .generateSecret(false)
                .disableOAuth(true)
                .preventUserExistenceErrors(true)
                .authFlows(AuthFlow.builder().userPassword(true).userSrp(true).build())
                .readAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).emailVerified(true).build())
                        .withCustomAttributes(TENANT_ATTRIBUTE))
                .writeAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).build()))
                .build());
    }

    /** API Gateway checks the ID token's signature, issuer, expiry and that its audience is this client. */
    private IHttpRouteAuthorizer createUserPoolAuthorizer(UserPool pool, UserPoolClient client) {
        return HttpUserPoolAuthorizer.Builder.create("KaiUserPoolAuthorizer", pool)
                .userPoolClients(List.of(client))
                .build();
    }
}
