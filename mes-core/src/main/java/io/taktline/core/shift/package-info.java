/**
 * Shifts: the patterns a line works (two or three shifts, crews rotating weekly), their breaks,
 * non-production days and overtime, and the shifts they give on the calendar. A line's shifts
 * never overlap.
 */
package io.taktline.core.shift;
