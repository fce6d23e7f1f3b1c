package io.taktline.sim;

import java.util.ArrayDeque;

/** The places between two stations of a line: parts wait here in order, up to its capacity. */
final class Buffer {

    /** A part on its way down a line; the last one of a press batch triggers a die change. */
    record Part(boolean lastOfBatch) {}

    private final int capacity;
    private final ArrayDeque<Part> parts = new ArrayDeque<>();

    Buffer(int capacity) {
        this.capacity = capacity;
    }

    boolean isFull() {
        return parts.size() >= capacity;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    void put(Part part) {
        if (isFull()) {
            throw new IllegalStateException("buffer of " + capacity + " is full");
        }
        parts.addLast(part);
    }

    Part take() {
        return parts.removeFirst();
    }

    int size() {
        return parts.size();
    }

    int capacity() {
        return capacity;
    }
}
