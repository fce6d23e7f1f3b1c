package io.taktline.db.historian;

/**
 * Whether the historian keeps every sample, for a {@code /health} check.
 *
 * @param up false when samples are being lost or about to be: the writer thread died, samples were dropped in
 *     the last minute, or the spool is past 90 % of its limit
 * @param detail one line for the operator, naming what to do when down
 */
public record HistorianHealth(boolean up, String detail) {}
