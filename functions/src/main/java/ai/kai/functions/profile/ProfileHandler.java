package ai.kai.functions.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ai.kai.connect.ConnectionReader;
import ai.kai.connect.ResultRows;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import ai.kai.files.FileProfileService;
import ai.kai.functions.http.ApiHandler;
import ai.kai.functions.http.ApiRequest;
import ai.kai.functions.http.ApiResult;
import ai.kai.json.Json;
import ai.kai.functions.runtime.ConnectionServices;
import ai.kai.functions.runtime.Priming;
import ai.kai.functions.runtime.Services;
import ai.kai.profile.DatasetProfile;
import ai.kai.query.QueryEngine;

/**
 * {@code POST /api/v2/analytics/profile}: profiles rows sent inline ({@code {"data": [...]}}), a file, freshly
 * ({@code {"file_id"}}, stored for later), or the rows of a query on a connection ({@code {"connection", "sql"}},
 * profiled like inline rows). With {@code "format": "html"} the answer also carries the report.
 */
public final class ProfileHandler extends ApiHandler {
    private final FileProfileService profiles;
    private final ConnectionReader connections;

    public ProfileHandler() {
        this(Services.get().tenantClaim(), Services.get().fileProfiles(), ConnectionServices.reader());
        Priming.register(this, Priming.anonymousRequest("POST", "/api/v2/analytics/profile", Map.of(), "{}"),
                QueryEngine::warmUp);
    }

    public ProfileHandler(String tenantClaim, FileProfileService profiles, ConnectionReader connections) {
        super(tenantClaim);
        this.profiles = profiles;
        this.connections = connections;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        var tenant = request.requireTenant();
        JsonNode body = request.jsonBody();
        String format = body.path("format").asText("json");
        if (!format.equals("json") && !format.equals("html")) {
            throw new KaiException(ErrorCode.INVALID_REQUEST, "'format' must be json or html");
        }
        DatasetProfile profile;
        String title;
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (body.hasNonNull("file_id")) {
            String fileId = body.get("file_id").asText();
            profile = profiles.refresh(tenant, fileId);
            title = fileId;
            metadata.put("file_id", fileId);
        } else if (body.hasNonNull("connection")) {
            var source = ai.kai.analytics.DataSource.Connection.from(body);
            var rows = ResultRows.maps(connections.read(tenant, source.alias(), source.sql(),
                    FileProfileService.MAX_INLINE_ROWS));
            if (rows.isEmpty()) {
                throw new KaiException(ErrorCode.NO_DATA_ROWS, "the query on connection '" + source.alias()
                        + "' returned no rows, so there is nothing to profile");
            }
            profile = profiles.inline(Json.mapper().valueToTree(rows));
            title = source.alias();
            metadata.putAll(source.metadata());
        } else if (body.has("data")) {
            profile = profiles.inline(body.get("data"));
            title = "inline data";
        } else {
            throw new KaiException(ErrorCode.MISSING_FIELD, "send {\"file_id\": \"…\"}, {\"data\": [{…}, …]} "
                    + "or {\"connection\": \"alias\", \"sql\": \"SELECT …\"}");
        }
        if (format.equals("html")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("profile", profile);
            data.put("report_html", FileProfileService.html(profile, title));
            return ApiResult.ok(data, metadata);
        }
        return ApiResult.ok(profile, metadata);
    }
}
