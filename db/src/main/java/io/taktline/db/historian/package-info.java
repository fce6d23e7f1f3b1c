/**
 * The historian: raw samples from the connectors go through a bounded primitive ring buffer and a single
 * writer thread into {@code sample} by binary COPY, idempotently; {@link io.taktline.db.historian.SampleQueries}
 * reads them back.
 */
package io.taktline.db.historian;
