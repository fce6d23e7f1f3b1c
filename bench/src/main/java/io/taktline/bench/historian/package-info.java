/** Historian benchmarks: the writer against a raw binary COPY baseline, and query latencies. */
package io.taktline.bench.historian;
