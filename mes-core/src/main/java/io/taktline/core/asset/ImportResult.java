package io.taktline.core.asset;

import java.util.List;

/**
 * What an import did, or would do on a dry run: the changes it made, and how many parts of the
 * model it created, changed or found as they were.
 */
public record ImportResult(int created, int updated, int unchanged, boolean dryRun, List<ModelChange> changes) {

    public ImportResult {
        changes = List.copyOf(changes);
    }

    public boolean changedNothing() {
        return created == 0 && updated == 0;
    }
}
