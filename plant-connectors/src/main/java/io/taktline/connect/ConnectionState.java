package io.taktline.connect;

/** Where a connector is in its connection life cycle. */
public enum ConnectionState {
    /** The first connection attempt is under way. */
    CONNECTING,
    /** A session is active and the subscription delivers. */
    CONNECTED,
    /** A connection was lost; the client is re-establishing it. */
    RECONNECTING,
    /** The last connection attempt failed; the connector waits to retry. */
    FAILED
}
