package ai.kai.cli.agent;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.kai.cli.ApiCommand;
import ai.kai.cli.CliException;
import ai.kai.cli.api.ApiClient;
import ai.kai.cli.api.ApiResponse;
import ai.kai.cli.file.FileTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kai file analyze FILE QUESTION}: the agent answers within one request ({@code POST /files/{id}/analyze}). */
@Command(name = "analyze", description = {"Ask a question about a file in plain language (answered within one request).",
    "Example: kai file analyze sales.csv \"What are the top 10 products?\""})
public final class FileAnalyzeCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A local path (uploaded first), a file_id or an uploaded name.")
    String file;

    @Parameters(index = "1", paramLabel = "QUESTION", description = "The question.")
    String question;

    @Option(names = "--chart", paramLabel = "TYPE", description = "Ask for a chart of this type.")
    String chart;

    @Override
    protected void validateOutput() {
        outputOptions.output().ifPresent(AnswerPrinter::validateOutput);
    }

    @Override
    protected void validate() {
        if (question.isBlank()) {
            throw CliException.usage("the question is empty");
        }
    }

    @Override
    protected int run(ApiClient api) {
        String fileId = FileTarget.fileId(api, terminal(), file);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", question);
        body.put("output_format", chart == null ? "json" : "chart");
        if (chart != null) {
            body.put("chart_type", chart);
        }
        ApiResponse response = api.post("/files/" + ApiClient.segment(fileId) + "/analyze", body);
        emit(response);
        if (!response.success()) {
            throw response.failure();
        }
        AnswerPrinter printer = new AnswerPrinter(terminal());
        response.data().path("steps").forEach(printer::step);
        int code = json() ? 0 : printer.answer(response.data());
        outputOptions.output().ifPresent(path -> printer.write(path, response.data(), response.body()));
        return code;
    }
}
