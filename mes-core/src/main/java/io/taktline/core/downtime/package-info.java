/**
 * Downtime: stops with their start, end, asset and shift, a reason from the plant's reason tree
 * (automatic from a PLC fault code, or given by an operator), micro-stops below a threshold, and
 * the operator's tools to split, merge, classify and comment on them.
 */
package io.taktline.core.downtime;
