package ai.kai.functions.catalog;

/** How a function is invoked. A closed set: infra/ and local-dev/ handle every case. */
public sealed interface Trigger permits Trigger.Http, Trigger.ObjectCreated, Trigger.Scheduled {

    /** An HTTPS route of the API (API Gateway HTTP API, payload format 2.0). */
    record Http(String method, String path, boolean authenticated) implements Trigger {
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** S3 ObjectCreated notifications for keys with this prefix and suffix. */
    record ObjectCreated(String keyPrefix, String keySuffix) implements Trigger {
    }

    /** Invoked by EventBridge Scheduler (one schedule per notebook; created at run time). */
    record Scheduled() implements Trigger {
    }
}
