/**
 * Signals: the values of tags with a role (STATE, MACHINERY_ITEM_STATE, OPERATION_MODE, FAULT_CODE,
 * part, good and scrap counters) read as the plant's events: equipment states, stops with their
 * automatic reasons, and counted parts.
 */
package io.taktline.core.signal;
