package io.taktline.connect;

/**
 * Receives samples from a connector.
 *
 * <p>Implementations never block: the connector calls {@link #accept} on Milo's delivery thread,
 * and a slow sink would hold back every notification of the subscription.
 */
@FunctionalInterface
public interface SampleSink {
    void accept(Sample sample);
}
