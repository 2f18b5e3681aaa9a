package ai.kai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The evaluation set on the classpath: {@code eval/questions.yaml} and the expected result of each question,
 * {@code eval/expected/<id>.csv} (computed from the reference SQL on the generated sample by {@link EvalExpected}).
 */
public final class EvalSet {
    public static final String QUESTIONS = "eval/questions.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private EvalSet() {
    }

    public static List<EvalQuestion> questions() {
        try (InputStream in = resource(QUESTIONS)) {
            List<EvalQuestion> questions = YAML.readValue(in, new TypeReference<List<EvalQuestion>>() { });
            Set<String> ids = new HashSet<>();
            questions.forEach(q -> {
                if (!ids.add(q.id())) {
                    throw new IllegalStateException("question id " + q.id() + " appears twice in " + QUESTIONS);
                }
            });
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUESTIONS, e);
        }
    }

    public static EvalTable expected(EvalQuestion question) {
        try (InputStream in = resource(expectedPath(question))) {
            return EvalTable.readCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expected table of " + question.id(), e);
        }
    }

    static String expectedPath(EvalQuestion question) {
        return "eval/expected/" + question.id() + ".csv";
    }

    /** Writes the expected table of a question under {@code resourcesDir} (the source tree's resources). */
    static void writeExpected(Path resourcesDir, EvalQuestion question, EvalTable table) throws IOException {
        Path file = resourcesDir.resolve(expectedPath(question));
        Files.createDirectories(file.getParent());
        Files.writeString(file, table.toCsv());
    }

    private static InputStream resource(String path) {
        InputStream in = EvalSet.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath");
        }
        return in;
    }
}
