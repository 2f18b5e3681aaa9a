package ai.kai.chart;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium for page tests (as root, no network): a fresh profile per run, output kept in files. */
public final class HeadlessChromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    public record Run(String stdout, String stderr) {
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Runs Chromium with {@code args} in {@code dir} (profile and output files go there); fails after 90 s. */
    public static Run run(Path dir, String name, String... args) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        File out = dir.resolve(name + "-" + System.nanoTime() + ".out").toFile();
        File err = dir.resolve(name + "-" + System.nanoTime() + ".err").toFile();
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s for " + name);
        }
        return new Run(Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    /** The {@code <html …>} start tag of a dumped DOM: where KAI pages report their state. */
    public static String rootTag(String dom) {
        int at = dom.indexOf("<html");
        return at < 0 ? "no <html> in the dump" : dom.substring(at, dom.indexOf('>', at) + 1);
    }
}
