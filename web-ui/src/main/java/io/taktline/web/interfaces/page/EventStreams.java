package io.taktline.web.interfaces.page;

import io.taktline.core.access.Identity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server-sent event streams of the pages that are pushed to, grouped by what they watch (a
 * line, a part of the plant), each with who signed it in. A stream whose browser went away is
 * forgotten at the next send; one whose sign-in no longer holds is told {@code signedOut} and
 * closed.
 *
 * @param <K> what a stream watches
 */
public final class EventStreams<K> {

    private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());

    private final Map<K, List<Stream>> streams = new ConcurrentHashMap<>();
    private volatile Sse sse;

    /** A page's stream and who signed it in. */
    private record Stream(SseEventSink sink, Identity identity) {}

    /** Adds a stream and sends it its first event. */
    public void add(K key, SseEventSink sink, Identity identity, Sse sse, String name, String data) {
        this.sse = sse;
        Stream stream = new Stream(sink, identity);
        streams.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(stream);
        send(key, stream, event(name, data));
    }

    public boolean isEmpty() {
        return streams.isEmpty();
    }

    public boolean watched(K key) {
        return streams.containsKey(key);
    }

    /** What the streams watch now. */
    public Set<K> keys() {
        return Set.copyOf(streams.keySet());
    }

    /** How many streams are open (all keys together). */
    public int size() {
        return streams.values().stream().mapToInt(List::size).sum();
    }

    public void broadcast(K key, String name, String data) {
        if (sse == null) {
            return;
        }
        OutboundSseEvent event = event(name, data);
        for (Stream stream : streams.getOrDefault(key, List.of())) {
            send(key, stream, event);
        }
    }

    /** Tells each stream of {@code key} whose sign-in fails {@code stillValid} {@code signedOut}, and closes it. */
    public void signOutInvalid(K key, Predicate<Identity> stillValid) {
        for (Stream stream : streams.getOrDefault(key, List.of())) {
            if (!stillValid.test(stream.identity())) {
                send(key, stream, event("signedOut", "{}"));
                close(key, stream);
            }
        }
    }

    public void closeAll(K key) {
        for (Stream stream : streams.getOrDefault(key, List.of())) {
            close(key, stream);
        }
    }

    public void closeAll() {
        keys().forEach(this::closeAll);
    }

    private OutboundSseEvent event(String name, String data) {
        return sse.newEventBuilder()
                .name(name)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, data)
                .build();
    }

    private void send(K key, Stream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            close(key, stream);
            return;
        }
        stream.sink().send(event).whenComplete((done, failure) -> {
            if (failure != null) {
                // The page went away (closed, reloaded, network): forget it.
                close(key, stream);
            }
        });
    }

    private void close(K key, Stream stream) {
        List<Stream> watching = streams.get(key);
        if (watching != null) {
            watching.remove(stream);
            streams.computeIfPresent(key, (k, list) -> list.isEmpty() ? null : list);
        }
        try {
            stream.sink().close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing an event stream", e);
        }
    }
}
