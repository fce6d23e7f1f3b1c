/**
 * The historian: raw samples from the connectors go through a bounded primitive ring buffer and a writer
 * thread into {@code sample} by binary COPY, idempotently on (tag, time); while the database is down or slow,
 * batches go to a checksummed on-disk spool and are replayed in order. {@link
 * io.taktline.db.historian.SampleQueries} reads raw ranges, bucketed series (raw, 1-minute or 1-hour rollup),
 * peak-keeping chart lines and latest values. The exact delivery guarantee (kill -9, power loss, full disk)
 * is in {@code db/HISTORIAN.md}.
 */
package io.taktline.db.historian;
