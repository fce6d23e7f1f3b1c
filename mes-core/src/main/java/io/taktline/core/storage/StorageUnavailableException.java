package io.taktline.core.storage;

/**
 * The plant's database could not be reached for a request: the request changed nothing and may
 * be tried again. The message says why, without SQL or bound values.
 */
public final class StorageUnavailableException extends StorageException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, "08000", cause);
    }
}
