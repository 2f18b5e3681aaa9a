package ai.kai.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.kai.tenancy.TenantId;

/** The object-key layout of DESIGN D5: {@code tenants/{tenant}/files/{file_id}/original/{safe-name}} and friends. */
public final class FileKeys {
    private static final Pattern ORIGINAL = Pattern.compile("tenants/([^/]+)/files/(f_[0-9a-z]+)/original/([^/]+)");

    private FileKeys() {
    }

    public static String prefix(TenantId tenant, String fileId) {
        return "tenants/" + tenant.value() + "/files/" + fileId + "/";
    }

    public static String original(TenantId tenant, String fileId, FileName name) {
        return prefix(tenant, fileId) + "original/" + name.keySafe();
    }

    public static String database(TenantId tenant, String fileId) {
        return prefix(tenant, fileId) + "data.duckdb";
    }

    public static String parquet(TenantId tenant, String fileId) {
        return prefix(tenant, fileId) + "data.parquet";
    }

    public static String profileJson(TenantId tenant, String fileId) {
        return prefix(tenant, fileId) + "profile.json";
    }

    public static String profileHtml(TenantId tenant, String fileId) {
        return prefix(tenant, fileId) + "profile.html";
    }

    /** The tenant and file of an original upload's key; empty for derived objects and anything else. */
    public static Optional<OriginalKey> parseOriginal(String key) {
        Matcher m = ORIGINAL.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new OriginalKey(TenantId.of(m.group(1)), m.group(2), key));
    }

    public record OriginalKey(TenantId tenant, String fileId, String key) {
    }
}
