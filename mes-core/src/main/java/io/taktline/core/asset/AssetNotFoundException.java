package io.taktline.core.asset;

/** An asset or tag named by id that the model does not have. */
public class AssetNotFoundException extends AssetModelException {

    public AssetNotFoundException(String message) {
        super(message);
    }
}
