package ai.kai.connect.bigquery;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.google.cloud.RetryOption;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.DatasetId;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobId;
import com.google.cloud.bigquery.JobInfo;
import com.google.cloud.bigquery.JobStatistics.QueryStatistics;
import com.google.cloud.bigquery.QueryJobConfiguration;

import ai.kai.connect.ConnectionConfig;
import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/** Dry-runs and runs query jobs of one connection (standard SQL, its default dataset, location and cost cap). */
final class BigQueryJobs {
    private final BigQuery bq;
    private final ConnectionConfig config;

    BigQueryJobs(BigQuery bq, ConnectionConfig config) {
        this.bq = bq;
        this.config = config;
    }

    QueryStatistics dryRun(String sql) {
        Job job = BigQueryConnector.call(() -> bq.create(JobInfo.of(configuration(sql, true, Duration.ZERO))));
        return job.getStatistics();
    }

    Job run(String sql, Duration timeout) {
        JobId id = JobId.newBuilder().setJob("kai_" + UUID.randomUUID().toString().replace("-", ""))
                .setLocation(config.setting("location").orElse(null)).build();
        Job job = BigQueryConnector.call(() -> bq.create(JobInfo.of(id, configuration(sql, false, timeout))));
        Job done;
        try {
            done = BigQueryConnector.call(() -> {
                try {
                    return job.waitFor(RetryOption.initialRetryDelayDuration(Duration.ofMillis(100)),
                            RetryOption.maxRetryDelayDuration(Duration.ofSeconds(1)),
                            RetryOption.totalTimeoutDuration(timeout.plusSeconds(1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            });
        } catch (KaiException e) {
            throw e;
        } catch (RuntimeException e) {
            done = null;
        }
        if (done == null || !done.isDone()) {
            BigQueryConnector.call(job::cancel);
            throw new KaiException(ErrorCode.QUERY_TIMEOUT,
                    "the query ran longer than its time limit and was stopped; add filters, aggregate, or LIMIT");
        }
        if (done.getStatus().getError() != null) {
            throw BigQueryErrors.translate(done.getStatus().getError());
        }
        return done;
    }

    private QueryJobConfiguration configuration(String sql, boolean dryRun, Duration timeout) {
        QueryJobConfiguration.Builder b = QueryJobConfiguration.newBuilder(sql).setUseLegacySql(false).setDryRun(dryRun)
                .setUseQueryCache(true).setLabels(Map.of("source", "kai-analytics"));
        config.setting("dataset").ifPresent(ds -> b.setDefaultDataset(DatasetId.of(config.requireSetting("project"), ds)));
        config.setting("maximum_bytes_billed").map(Long::parseLong).ifPresent(b::setMaximumBytesBilled);
        if (!dryRun) {
            b.setJobTimeoutMs(Math.max(1, timeout.toMillis()));
        }
        return b.build();
    }
}
