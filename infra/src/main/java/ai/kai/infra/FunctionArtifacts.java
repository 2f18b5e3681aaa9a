package ai.kai.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ai.kai.functions.catalog.Artifact;

/**
 * The files the functions ship in, as built by functions/pom.xml (DESIGN D4): one shaded jar per
 * {@link Artifact}, and the DuckDB jar that becomes the shared layer. Missing files fail the synth with a message
 * that says how to build them, instead of a CDK "cannot find asset" far away.
 */
public final class FunctionArtifacts {
    static final String LAYER_JAR_SUFFIX = "-duckdb-layer.jar";
    private static final String BUILD_HINT =
            "Build the functions first: `mvn -B package -DskipTests` at the repository root "
                    + "(or `mvn -B install -DskipTests -pl functions -am`), or point -c artifactsDir=... at the jars.";

    private final Path artifactsDir;
    private final String version;
    private final Path stagingDir;

    public FunctionArtifacts(Path artifactsDir, String version, Path stagingDir) {
        this.artifactsDir = artifactsDir.toAbsolutePath().normalize();
        this.version = version;
        this.stagingDir = stagingDir.toAbsolutePath().normalize();
    }

    public static FunctionArtifacts from(InfraSettings settings) {
        return new FunctionArtifacts(settings.artifactsDir(), settings.version(), settings.stagingDir());
    }

    /** The shaded jar of this artifact; Lambda accepts a jar as the deployment zip as it is. */
    public Path jar(Artifact artifact) {
        return existing(artifactsDir.resolve(artifact.jarName(version)), "the '" + artifact.classifier() + "' function jar");
    }

    /**
     * A directory holding {@code java/lib/duckdb.jar}: the layout a Java Lambda layer needs (the runtime puts
     * {@code /opt/java/lib/*} on the classpath). The jar is copied only when it changed, so repeated synths
     * keep the same asset hash cheaply.
     */
    public Path duckDbLayerDir() {
        Path source = existing(artifactsDir.resolve("kai-functions-" + version + LAYER_JAR_SUFFIX), "the DuckDB layer jar");
        Path layerDir = stagingDir.resolve("duckdb-layer");
        Path target = layerDir.resolve("java/lib/duckdb.jar");
        try {
            Files.createDirectories(target.getParent());
            if (!sameFile(source, target)) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the DuckDB layer under " + layerDir, e);
        }
        return layerDir;
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + what + ": " + file + ". " + BUILD_HINT);
        }
        return file;
    }

    private static boolean sameFile(Path source, Path target) throws IOException {
        return Files.isRegularFile(target)
                && Files.size(source) == Files.size(target)
                && Files.getLastModifiedTime(source).equals(Files.getLastModifiedTime(target));
    }
}
