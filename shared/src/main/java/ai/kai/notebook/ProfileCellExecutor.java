package ai.kai.notebook;

import ai.kai.files.FileProfileService;
import ai.kai.json.Json;

/** A profile cell: the profile of an earlier cell's rows, or the stored profile of the notebook's file. */
final class ProfileCellExecutor implements CellExecutor {
    private final FileProfileService profiles;

    ProfileCellExecutor(FileProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public CellOutput run(Cell cell, RunContext context) {
        if (cell.source() != null) {
            return new CellOutput.Result(Json.mapper().valueToTree(profiles.inline(context.rowObjects(cell.source()))),
                    Json.mapper().createObjectNode().put("source", cell.source()));
        }
        context.database();
        return new CellOutput.Result(profiles.stored(context.tenant(), context.notebook().fileId()),
                Json.mapper().createObjectNode().put("file_id", context.notebook().fileId()));
    }
}
