package io.taktline.db.historian;

/**
 * Where a batch is stored. Storing must be idempotent: the same batch stored twice leaves one copy, so a batch
 * replayed from the spool after a crash adds nothing.
 */
interface SampleStore {

    /** Stores every row of the batch, or throws and stores none. */
    void store(EncodedBatch batch) throws Exception;
}
