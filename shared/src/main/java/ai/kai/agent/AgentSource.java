package ai.kai.agent;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** What a question is about: one file of the tenant ({@code file_id}) or one connection alias ({@code connection}). */
public record AgentSource(String fileId, String connection) {
    public AgentSource {
        if ((fileId == null) == (connection == null)) {
            throw new KaiException(fileId == null ? ErrorCode.MISSING_FIELD : ErrorCode.INVALID_REQUEST,
                    "send either 'file_id' (a file the question is about) or 'connection' (a connection alias), "
                            + (fileId == null ? "none was sent" : "not both"));
        }
    }

    public static AgentSource file(String fileId) {
        return new AgentSource(fileId, null);
    }

    public static AgentSource connection(String alias) {
        return new AgentSource(null, alias);
    }

    @Override
    public String toString() {
        return fileId != null ? "file " + fileId : "connection '" + connection + "'";
    }
}
