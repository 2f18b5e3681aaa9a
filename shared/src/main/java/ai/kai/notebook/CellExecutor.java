package ai.kai.notebook;

/** Runs one type of cell. Throws a {@link ai.kai.error.KaiException} (a readable error in the run) on failure. */
interface CellExecutor {
    CellOutput run(Cell cell, RunContext context);
}
