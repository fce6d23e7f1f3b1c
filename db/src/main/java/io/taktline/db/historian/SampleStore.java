package io.taktline.db.historian;

/**
 * Where the writer thread puts a batch. Storing must be idempotent: the same batch stored twice leaves one
 * copy. The place for a later on-disk spool is a store that wraps this one.
 */
interface SampleStore {

    /** Stores every sample of the batch, or throws and stores none. */
    void store(SampleBatch batch) throws Exception;
}
