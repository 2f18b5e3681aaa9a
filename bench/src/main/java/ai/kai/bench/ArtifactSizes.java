package ai.kai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import ai.kai.functions.catalog.Artifact;
import ai.kai.functions.catalog.FunctionCatalog;

/**
 * Sizes of what gets deployed (DESIGN D4): each shaded function jar (Lambda takes the jar as the deployment zip)
 * and the DuckDB layer, measured as the layer zip Lambda receives ({@code java/lib/<jar>}). Lambda counts its
 * limits in MiB: 50 MiB zipped for a direct upload, 250 MiB unzipped for a function and its layers together.
 */
public final class ArtifactSizes {
    static final long ZIP_LIMIT = 50L * 1024 * 1024;
    static final long UNZIPPED_LIMIT = 250L * 1024 * 1024;

    enum Kind { FUNCTION, LAYER, REFERENCE }

    record Entry(Kind kind, String name, String file, long zipped, long unzipped, int functions, List<String> largest) {
    }

    private ArtifactSizes() {
    }

    static List<Entry> measure(Path repo, Path workDir) throws IOException {
        Path target = repo.resolve("functions/target");
        List<Entry> out = new ArrayList<>();
        for (Artifact a : Artifact.values()) {
            Path jar = find(target, "-" + a.classifier() + ".jar");
            long functions = FunctionCatalog.all().stream().filter(f -> f.artifact() == a).count();
            out.add(entry(Kind.FUNCTION, "function artifact `" + a.classifier() + "`", jar, Files.size(jar), -1, (int) functions));
        }
        Path layerJar = find(target, "-duckdb-layer.jar");
        Path layerZip = workDir.resolve("duckdb-layer.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(layerZip))) {
            zip.putNextEntry(new ZipEntry("java/lib/" + layerJar.getFileName()));
            Files.copy(layerJar, zip);
            zip.closeEntry();
        }
        // Lambda extracts the layer zip to /opt: the jar inside stays a jar, so its unzipped footprint is the jar's size.
        out.add(entry(Kind.LAYER, "DuckDB layer (zip with `java/lib/" + layerJar.getFileName() + "`, linux-arm64 native only)", layerJar,
                Files.size(layerZip), Files.size(layerJar), 0));
        Path fullDriver = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        out.add(entry(Kind.REFERENCE, "for comparison: the full `duckdb_jdbc` jar (all natives), not deployed", fullDriver,
                Files.size(fullDriver), -1, 0));
        return out;
    }

    /** {@code unzippedOverride} < 0: the sum of the jar's entries, which is what Lambda extracts a function zip to. */
    private static Entry entry(Kind kind, String name, Path jar, long zipped, long unzippedOverride, int functions) throws IOException {
        long unzipped = 0;
        Map<String, Long> byGroup = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var it = zip.entries(); it.hasMoreElements(); ) {
                ZipEntry e = it.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                unzipped += Math.max(0, e.getSize());
                byGroup.merge(group(e.getName()), Math.max(0, e.getCompressedSize()), Long::sum);
            }
        }
        List<String> largest = byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(4).map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), mib(e.getValue()))).toList();
        return new Entry(kind, name, jar.getFileName().toString(), zipped, unzippedOverride >= 0 ? unzippedOverride : unzipped,
                functions, largest);
    }

    /** {@code software/amazon/awssdk/services/s3/…} → {@code software.amazon.awssdk}; natives and resources by name. */
    static String group(String entryName) {
        if (!entryName.endsWith(".class")) {
            return entryName.contains("libduckdb") ? entryName : "resources";
        }
        String[] parts = entryName.split("/");
        int depth = Math.min(parts.length - 1, parts[0].equals("com") || parts[0].equals("org") || parts[0].equals("software")
                ? 3 : 2);
        return String.join(".", java.util.Arrays.copyOf(parts, depth));
    }

    private static Path find(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + dir
                            + "; build first: mvn -B -q install -DskipTests -pl shared,functions,local-dev"));
        }
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static String markdown(List<Entry> entries) {
        Markdown t = Markdown.table("artifact", "file", "functions", "zipped MiB", "vs 50 MiB aim", "unzipped MiB",
                "largest parts, compressed MiB");
        for (Entry e : entries) {
            boolean deployed = e.kind() != Kind.REFERENCE;
            t.row(e.name(), "`" + e.file() + "`", e.functions() == 0 ? "—" : e.functions(),
                    String.format(Locale.ROOT, "%.1f", mib(e.zipped())),
                    deployed ? (e.zipped() <= ZIP_LIMIT ? "✅ " : "❌ ") + Stats.ratio(e.zipped(), ZIP_LIMIT) : "—",
                    String.format(Locale.ROOT, "%.1f", mib(e.unzipped())), String.join(", ", e.largest()));
        }
        long largestFunction = entries.stream().filter(e -> e.kind() == Kind.FUNCTION).mapToLong(Entry::unzipped).max().orElse(0);
        long layers = entries.stream().filter(e -> e.kind() == Kind.LAYER).mapToLong(Entry::unzipped).sum();
        long functionPlusLayer = largestFunction + layers;
        return t.render() + String.format(Locale.ROOT, "%nUnzipped, a function of the largest artifact plus the layer: "
                + "%.1f MiB of Lambda's 250 MiB.%n", mib(functionPlusLayer));
    }

    /** {@code ArtifactSizes [repo dir]}: prints the table for jars already built. */
    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        Path work = Files.createTempDirectory("kai-artifacts");
        try {
            System.out.print(markdown(measure(repo, work)));
        } finally {
            BenchStack.deleteTree(work);
        }
    }

}
