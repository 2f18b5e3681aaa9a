package ai.kai.forecast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * R's forecast package on the same splits, in the same run: writes the training parts and a generated R script
 * into a temporary directory, runs {@code Rscript}, and reads back the forecasts of {@code snaive},
 * {@code ets} and {@code auto.arima} with their fit times. Without R (or the package) it reports why.
 */
final class RForecastBaseline {
    static final List<String> MODELS = List.of("r_snaive", "r_ets", "r_auto_arima");

    private static final String SCRIPT = """
            suppressMessages(library(forecast))
            dir <- commandArgs(TRUE)[1]
            index <- read.csv(file.path(dir, "index.csv"), stringsAsFactors = FALSE)
            out <- list()
            for (i in seq_len(nrow(index))) {
              y <- ts(read.csv(file.path(dir, paste0(index$series[i], ".csv")))$y, frequency = index$m[i])
              h <- index$h[i]
              for (model in c("r_snaive", "r_ets", "r_auto_arima")) {
                t0 <- proc.time()
                if (model == "r_snaive") { fc <- snaive(y, h = h); method <- "snaive" }
                if (model == "r_ets") { fit <- ets(y); fc <- forecast(fit, h = h); method <- fit$method }
                if (model == "r_auto_arima") {
                  fit <- auto.arima(y); fc <- forecast(fit, h = h); method <- forecast:::arima.string(fit)
                }
                used <- proc.time() - t0
                seconds <- used[["elapsed"]]
                cpu <- used[["user.self"]] + used[["sys.self"]]
                out[[length(out) + 1]] <- data.frame(series = index$series[i], model = model, method = method,
                  seconds = seconds, cpu = cpu, step = seq_len(h), value = as.numeric(fc$mean))
              }
            }
            write.csv(do.call(rbind, out), file.path(dir, "r-forecasts.csv"), row.names = FALSE)
            cat(R.version.string, "- forecast", as.character(packageVersion("forecast")), "\\n")
            """;

    /** R's forecasts per series and model, the R version line, or why R could not be run. */
    record Result(Map<String, Map<String, Run>> runs, String version, String unavailable) {
    }

    record Run(String method, double seconds, double cpuSeconds, double[] forecast) {
    }

    static Result run(List<BenchmarkSplit> splits) {
        try {
            Path dir = Files.createTempDirectory("kai-forecast-r");
            StringBuilder index = new StringBuilder("series,m,h\n");
            for (BenchmarkSplit s : splits) {
                index.append(s.name()).append(',').append(s.period()).append(',').append(s.horizon()).append('\n');
                StringBuilder csv = new StringBuilder("y\n");
                for (double v : s.train()) {
                    csv.append(v).append('\n');
                }
                Files.writeString(dir.resolve(s.name() + ".csv"), csv);
            }
            Files.writeString(dir.resolve("index.csv"), index);
            Files.writeString(dir.resolve("baseline.R"), SCRIPT);
            Process process = new ProcessBuilder("Rscript", dir.resolve("baseline.R").toString(), dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return new Result(Map.of(), null, "Rscript failed: " + output.strip());
            }
            String version = output.lines().filter(l -> l.startsWith("R version")).findFirst().orElse("R").strip();
            return new Result(parse(Files.readAllLines(dir.resolve("r-forecasts.csv"))), version, null);
        } catch (IOException e) {
            return new Result(Map.of(), null, "Rscript is not available (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Map.of(), null, "interrupted");
        }
    }

    private static Map<String, Map<String, Run>> parse(List<String> lines) {
        Map<String, Map<String, List<String[]>>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = cells(line);
            rows.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).computeIfAbsent(c[1], k -> new ArrayList<>()).add(c);
        }
        Map<String, Map<String, Run>> out = new LinkedHashMap<>();
        rows.forEach((series, models) -> models.forEach((model, r) -> {
            double[] values = r.stream().mapToDouble(c -> Double.parseDouble(c[6])).toArray();
            out.computeIfAbsent(series, k -> new LinkedHashMap<>()).put(model, new Run(r.get(0)[2],
                    Double.parseDouble(r.get(0)[3]), Double.parseDouble(r.get(0)[4]), values));
        }));
        return out;
    }

    /** One line of R's write.csv output (strings quoted; ours contain commas but no quotes). */
    private static String[] cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }
}
