package ai.kai.tenancy;

import java.util.regex.Pattern;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The tenant every stored thing belongs to. It always comes from the authenticated identity (a JWT
 * claim passed on by the API Gateway authorizer), never from a request parameter.
 */
public record TenantId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    public TenantId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new KaiException(ErrorCode.UNAUTHENTICATED,
                    "the token's tenant claim is missing or malformed (1-63 characters of letters, digits, '.', '_' or '-')");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
