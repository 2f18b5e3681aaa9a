package ai.kai.prep;

import java.util.List;

import ai.kai.files.FileView;

/** The new file version a cleaning run made, and what each step did. The parent file is unchanged. */
public record CleaningResult(FileView file, String parentFileId, List<OperationReport> operations) {
}
