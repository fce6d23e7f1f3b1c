package io.taktline.connect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-tag failures and the delivered-sample count of one connector. Safe to call from Milo's
 * delivery thread: logging is handed to the connector's own worker.
 */
final class TagHealth {

    private static final Logger log = LoggerFactory.getLogger(OpcUaConnector.class);

    private final Map<Long, String> failures = new ConcurrentHashMap<>();
    private final LongAdder delivered = new LongAdder();
    private final Executor logExecutor;

    TagHealth(Executor logExecutor) {
        this.logExecutor = logExecutor;
    }

    /** Records why a tag delivers nothing; logs once per distinct message. */
    void fail(long tagId, String message) {
        String previous = failures.put(tagId, message);
        if (!message.equals(previous)) {
            logExecutor.execute(() -> log.warn(message));
        }
    }

    void recovered(long tagId) {
        if (!failures.isEmpty()) {
            failures.remove(tagId);
        }
    }

    /** Forgets failures of tags no longer bound. */
    void retainOnly(java.util.List<TagBinding> tags) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        tags.forEach(t -> ids.add(t.tagId()));
        failures.keySet().retainAll(ids);
    }

    void delivered() {
        delivered.increment();
    }

    long deliveredCount() {
        return delivered.sum();
    }

    Map<Long, String> failures() {
        return Map.copyOf(failures);
    }
}
