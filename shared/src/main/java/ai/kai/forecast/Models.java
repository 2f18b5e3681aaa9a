package ai.kai.forecast;

import java.util.function.Supplier;

/** Fits a model of one kind; a model that cannot be fitted to the data (or fails numerically) gives null. */
final class Models {
    private Models() {
    }

    static FittedModel fit(ModelChoice kind, ModelInput input) {
        if (kind == ModelChoice.AUTO) {
            throw new IllegalArgumentException("auto is a selection among models, not a model");
        }
        return guarded(() -> switch (kind) {
            case SNAIVE -> SeasonalNaiveModel.fit(input);
            case ETS -> EtsSelection.fit(input.y(), input.period());
            case ARIMA -> AutoArima.fit(input.y(), input.period());
            case PROPHET -> ProphetFitter.fit(input);
            case AUTO -> null;
        });
    }

    /** The model's structure re-estimated on {@code input}. */
    static FittedModel refit(FittedModel model, ModelInput input) {
        return guarded(() -> model.refit(input));
    }

    private static FittedModel guarded(Supplier<FittedModel> fit) {
        try {
            return fit.get();
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            // a numerical failure of one model (commons-math signals these as such): the model is unavailable
            return null;
        }
    }
}
