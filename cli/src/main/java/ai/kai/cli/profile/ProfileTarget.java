package ai.kai.cli.profile;

import ai.kai.cli.api.ApiClient;
import ai.kai.cli.file.FileTarget;
import ai.kai.cli.output.Terminal;

/** Turns what the user named into a file_id: a local path is uploaded (and ingested) first. */
final class ProfileTarget {
    private ProfileTarget() {
    }

    static String fileId(ApiClient api, Terminal terminal, String reference) {
        return FileTarget.fileId(api, terminal, reference);
    }
}
