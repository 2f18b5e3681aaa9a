# Reference values for the forecasting tests (R 4.2.2, forecast 8.20, urca 1.3-3; Debian bookworm packages
# r-base-core and r-cran-forecast). Run: Rscript reference.R  — the tests hard-code what this prints.
suppressMessages(library(forecast))
options(digits = 12, width = 200)
show <- function(label, x) cat(label, paste(format(x, digits = 12), collapse = " "), "\n")

# Seasonal naive and accuracy (deterministic: compared exactly)
train <- window(AirPassengers, end = c(1958, 12)); test <- window(AirPassengers, start = c(1959, 1))
sn <- snaive(train, h = 24, level = 95)
show("snaive.mean", sn$mean[c(1, 12, 13, 24)]); show("snaive.lower", sn$lower[c(1, 12, 13, 24)])
show("snaive.upper", sn$upper[c(1, 12, 13, 24)])
show("snaive.accuracy(ME,RMSE,MAE,MPE,MAPE,MASE)", accuracy(sn, test)[2, c("ME", "RMSE", "MAE", "MPE", "MAPE", "MASE")])
show("snaive.smape", 200 * mean(abs(test - sn$mean) / (abs(test) + abs(sn$mean))))

# ETS
fit <- ets(AirPassengers)
cat("ets.AirPassengers", fit$method, "\n"); show("aicc/aic/bic/loglik", c(fit$aicc, fit$aic, fit$bic, fit$loglik))
show("par", fit$par); show("sigma2", fit$sigma2)
fc <- forecast(fit, h = 24, level = 95)
show("mean", fc$mean[c(1, 6, 12, 24)]); show("lower", fc$lower[c(1, 6, 12, 24)]); show("upper", fc$upper[c(1, 6, 12, 24)])
for (m in c("ANN", "AAN", "MNN", "MAN", "ANA", "AAA", "MNA", "MAA", "MNM", "MAM")) for (d in c(FALSE, TRUE)) {
  if (substr(m, 2, 2) == "N" && d) next
  f <- ets(AirPassengers, model = m, damped = d); show(paste("ets.aicc", m, d), f$aicc)
}
f <- ets(AirPassengers, model = "AAA", damped = FALSE); show("AAA.mean", forecast(f, h = 24, level = 95)$mean[c(1, 24)])
show("AAA.upper", forecast(f, h = 24, level = 95)$upper[c(1, 24)])
f <- ets(AirPassengers, model = "MAN", damped = FALSE); show("MAN.upper", forecast(f, h = 24, level = 95)$upper[c(1, 24)])
for (s in c("UKgas", "Nile", "nottem")) {
  f <- ets(get(s)); cat("ets", s, f$method, "\n"); show("aicc", f$aicc)
  show("mean", forecast(f, h = 8)$mean[c(1, 8)])
}

# ARIMA
fit <- auto.arima(AirPassengers)
cat("auto.arima.AirPassengers", forecast:::arima.string(fit), "\n"); show("coef", coef(fit)); show("aicc/loglik/sigma2", c(fit$aicc, fit$loglik, fit$sigma2))
fc <- forecast(fit, h = 24, level = 95)
show("mean", fc$mean[c(1, 6, 12, 24)]); show("lower", fc$lower[c(1, 6, 12, 24)]); show("upper", fc$upper[c(1, 6, 12, 24)])
air <- Arima(log(AirPassengers), order = c(0, 1, 1), seasonal = c(0, 1, 1))
show("airline.coef", coef(air)); show("airline.aicc/loglik/sigma2", c(air$aicc, air$loglik, air$sigma2))
show("airline.mean", forecast(air, h = 12)$mean[c(1, 12)])
for (s in c("lynx", "Nile", "UKgas", "JohnsonJohnson", "nottem")) {
  f <- auto.arima(get(s)); cat("auto.arima", s, forecast:::arima.string(f), "\n"); show("aicc", f$aicc)
  show("mean", forecast(f, h = 8)$mean[c(1, 8)])
}
show("ndiffs(AirPassengers, log AirPassengers, Nile, lynx)", c(ndiffs(AirPassengers), ndiffs(log(AirPassengers)), ndiffs(Nile), ndiffs(lynx)))
show("nsdiffs(AirPassengers, UKgas, nottem)", c(nsdiffs(AirPassengers), nsdiffs(UKgas), nsdiffs(nottem)))
show("kpss(Nile, diff(Nile), lynx)", c(urca::ur.kpss(Nile, type = "mu", use.lag = trunc(3 * sqrt(100) / 13))@teststat,
  urca::ur.kpss(diff(Nile), type = "mu", use.lag = trunc(3 * sqrt(99) / 13))@teststat,
  urca::ur.kpss(lynx, type = "mu", use.lag = trunc(3 * sqrt(114) / 13))@teststat))
