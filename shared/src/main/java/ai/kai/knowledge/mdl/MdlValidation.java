package ai.kai.knowledge.mdl;

import java.util.List;

/** The outcome of checking a semantic layer against its data: valid when no problem was found; what was checked. */
public record MdlValidation(boolean valid, List<MdlProblem> problems, int modelsChecked, int metricsChecked,
                            int relationshipsChecked) {
    public MdlValidation {
        problems = List.copyOf(problems);
    }
}
