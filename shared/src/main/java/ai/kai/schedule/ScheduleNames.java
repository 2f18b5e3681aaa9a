package ai.kai.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ai.kai.tenancy.TenantId;

/**
 * The EventBridge schedule name of a tenant's notebook: {@code nb-} and 40 hex digits of SHA-256 over tenant and
 * notebook id — within the 64-character limit and the allowed characters whatever the ids hold, and different
 * per tenant. The name is only an address: the tenant travels inside the schedule's input and in our metadata.
 */
final class ScheduleNames {
    private ScheduleNames() {
    }

    static String of(TenantId tenant, String notebookId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenant.value() + "\u0000" + notebookId).getBytes(StandardCharsets.UTF_8));
            return "nb-" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
