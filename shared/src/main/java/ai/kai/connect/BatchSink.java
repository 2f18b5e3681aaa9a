package ai.kai.connect;

import ai.kai.query.QueryResult;

/** Receives a streamed result batch by batch; returning false stops the stream early. */
@FunctionalInterface
public interface BatchSink {
    boolean accept(QueryResult batch);
}
