package ai.kai.files;

import java.util.Map;

/** A presigned PUT for a large upload: send the file to {@code uploadUrl} with these headers before it expires. */
public record UploadTicket(FileView file, String uploadUrl, String method, Map<String, String> headers, String expiresAt) {
}
