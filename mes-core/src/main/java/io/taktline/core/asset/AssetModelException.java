package io.taktline.core.asset;

/** An asset model that cannot be applied; the message names the place in the model and what to do. */
public class AssetModelException extends RuntimeException {

    public AssetModelException(String message) {
        super(message);
    }
}
