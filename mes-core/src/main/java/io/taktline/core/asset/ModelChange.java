package io.taktline.core.asset;

/**
 * One change an import or an edit makes to the stored model: what, to which part (an asset's path,
 * {@code path#tag}, an endpoint's or a class's name), and its JSON before and after.
 */
public record ModelChange(Action action, String entity, String key, String before, String after) {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        MOVE
    }
}
