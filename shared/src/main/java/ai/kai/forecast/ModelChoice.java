package ai.kai.forecast;

import java.util.Locale;
import java.util.Optional;

/** The model a caller asks for; {@link #AUTO} picks one by rolling-origin backtest. */
public enum ModelChoice {
    AUTO, SNAIVE, ETS, ARIMA, PROPHET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the labels in any case, and {@code seasonal_naive}/{@code naive} for {@link #SNAIVE}. */
    public static Optional<ModelChoice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        return switch (s) {
            case "auto" -> Optional.of(AUTO);
            case "snaive", "seasonal_naive", "naive" -> Optional.of(SNAIVE);
            case "ets", "holt_winters", "holtwinters" -> Optional.of(ETS);
            case "arima", "auto_arima", "sarima" -> Optional.of(ARIMA);
            case "prophet" -> Optional.of(PROPHET);
            default -> Optional.empty();
        };
    }
}
