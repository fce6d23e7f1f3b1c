/**
 * Takt and cycles: the pace demand sets for a line (takt = net available time ÷ demand), the cycles
 * counted from PLC part counters, where a line stands against its plan at any moment, and how its
 * stations balance against takt.
 */
package io.taktline.core.takt;
