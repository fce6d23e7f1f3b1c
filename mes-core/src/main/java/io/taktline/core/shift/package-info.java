/**
 * Shifts: the patterns a line works (two or three shifts, crews rotating weekly), their breaks,
 * non-production days and overtime, and the shifts they give on the calendar. A line's shifts
 * never overlap. {@link io.taktline.core.shift.ShiftPlanning} keeps each line's calendar, its
 * shifts stored for a horizon (the database refuses overlaps), overtime and the production plan
 * (demand per shift); {@link io.taktline.core.shift.ShiftDiff} is what a new calendar changes.
 */
package io.taktline.core.shift;
