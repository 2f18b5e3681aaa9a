package ai.kai.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.kai.functions.catalog.Artifact;

/** Finding the functions jars and laying out the DuckDB layer; no synth involved. */
class FunctionArtifactsTest {
    @TempDir
    Path dir;

    @Test
    void shouldTellHowToBuildTheFunctionsWhenAJarIsMissing() {
        FunctionArtifacts artifacts = new FunctionArtifacts(dir.resolve("target"), "9.9.9", dir.resolve("staging"));

        assertThatThrownBy(() -> artifacts.jar(Artifact.FILES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kai-functions-9.9.9-files.jar")
                .hasMessageContaining("Build the functions first")
                .hasMessageContaining("mvn -B package -DskipTests");
        assertThatThrownBy(artifacts::duckDbLayerDir)
                .hasMessageContaining("kai-functions-9.9.9-duckdb-layer.jar")
                .hasMessageContaining("Build the functions first");
    }

    @Test
    void shouldFindTheShadedJarOfAnArtifactByItsVersionedName() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("target")).resolve("kai-functions-1.2.3-files.jar");
        Files.write(jar, new byte[] {1, 2, 3});

        assertThat(new FunctionArtifacts(dir.resolve("target"), "1.2.3", dir.resolve("staging")).jar(Artifact.FILES))
                .isEqualTo(jar.toAbsolutePath());
    }

    @Test
    void shouldStageTheDuckDbJarUnderJavaLibAsALambdaLayerNeeds() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path source = target.resolve("kai-functions-1.2.3-duckdb-layer.jar");
        Files.write(source, new byte[] {4, 5, 6, 7});
        FunctionArtifacts artifacts = new FunctionArtifacts(target, "1.2.3", dir.resolve("staging"));

        Path layer = artifacts.duckDbLayerDir();

        assertThat(layer).isEqualTo(dir.resolve("staging/duckdb-layer").toAbsolutePath());
        assertThat(layer.resolve("java/lib/duckdb.jar")).hasBinaryContent(new byte[] {4, 5, 6, 7});
        try (var files = Files.walk(layer)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(layer.resolve("java/lib/duckdb.jar"));
        }
    }

    @Test
    void shouldRestageTheLayerOnlyWhenTheJarChanged() throws Exception {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path source = target.resolve("kai-functions-1.2.3-duckdb-layer.jar");
        Files.write(source, new byte[] {1});
        FunctionArtifacts artifacts = new FunctionArtifacts(target, "1.2.3", dir.resolve("staging"));
        Path staged = artifacts.duckDbLayerDir().resolve("java/lib/duckdb.jar");
        Files.setLastModifiedTime(staged, Files.getLastModifiedTime(source));
        Files.write(staged, new byte[] {9}, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(staged, Files.getLastModifiedTime(source));

        artifacts.duckDbLayerDir();
        assertThat(staged).as("same size and time: left alone").hasBinaryContent(new byte[] {9});

        Files.write(source, new byte[] {2, 2});
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
        artifacts.duckDbLayerDir();
        assertThat(staged).as("changed: copied again").hasBinaryContent(new byte[] {2, 2});
    }
}
