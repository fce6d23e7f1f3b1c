package io.taktline.core.asset;

/** What an import did: how many assets, endpoints and tags it created, changed or found as they were. */
public record ImportResult(int created, int updated, int unchanged) {

    public boolean changedNothing() {
        return created == 0 && updated == 0;
    }
}
