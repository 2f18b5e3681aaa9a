package ai.kai.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import ai.kai.functions.catalog.Artifact;

/** The classpaths a cold child JVM runs with, built from the jars in {@code functions/target} and {@code bench/target}. */
final class ColdStartClasspath {
    private final Path repo;

    ColdStartClasspath(Path repo) {
        this.repo = repo;
    }

    /**
     * The function's artifact, the full DuckDB driver if the function gets the layer (this machine is amd64, the
     * layer carries only linux-arm64), Lambda's serializer, and ColdStartMain alone.
     */
    String of(Artifact artifact, boolean duckDb) throws IOException {
        Path target = repo.resolve("functions/target");
        String suffix = "-" + artifact.classifier() + ".jar";
        Path artifactJar;
        try (var files = Files.list(target)) {
            artifactJar = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + target));
        }
        Path coldstart;
        try (var files = Files.list(repo.resolve("bench/target"))) {
            coldstart = files.filter(p -> p.getFileName().toString().endsWith("-coldstart.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-coldstart.jar in bench/target; run mvn package -pl bench"));
        }
        List<String> jars = new ArrayList<>(List.of(artifactJar.toString()));
        if (duckDb) {
            jars.add(jarOf(org.duckdb.DuckDBDriver.class));
        }
        jars.add(jarOf(LambdaEventSerializers.class));
        jars.add(coldstart.toString());
        return String.join(File.pathSeparator, jars);
    }

    /**
     * The files artifact with a copy of the DuckDB driver that carries no native library, and this platform's
     * library unpacked once into {@code nativeDir}: the driver then finds it through {@code java.library.path}
     * instead of unpacking it from the jar into the temp dir on every cold start.
     */
    String withPreExtractedDriver(Path nativeDir) throws IOException {
        Files.createDirectories(nativeDir);
        Path driver = Path.of(jarOf(org.duckdb.DuckDBDriver.class));
        Path stripped = nativeDir.resolve("duckdb_jdbc-no-natives.jar");
        String platform = "libduckdb_java.so_" + osName() + "_" + cpuArch();
        try (ZipFile in = new ZipFile(driver.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (var it = in.entries(); it.hasMoreElements(); ) {
                ZipEntry e = it.nextElement();
                if (e.getName().startsWith("libduckdb_java.so")) {
                    if (e.getName().equals(platform)) {
                        try (var lib = in.getInputStream(e)) {
                            Files.copy(lib, nativeDir.resolve("libduckdb_java.so"));
                        }
                    }
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (var content = in.getInputStream(e)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (!Files.exists(nativeDir.resolve("libduckdb_java.so"))) {
            throw new IllegalStateException("no " + platform + " in " + driver);
        }
        return String.join(File.pathSeparator, of(Artifact.FILES, false), stripped.toString());
    }

    /** The names the DuckDB driver gives its bundled libraries: {@code libduckdb_java.so_<os>_<arch>}. */
    private static String osName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "osx" : "linux";
    }

    private static String cpuArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") ? "arm64" : arch;
    }

    private static String jarOf(Class<?> c) {
        return Path.of(URI.create(c.getProtectionDomain().getCodeSource().getLocation().toString())).toString();
    }
}
