/**
 * Downtime: the stops of every asset with a STATE tag, each with its start, end, reason from the
 * plant's reason tree (given by a rule — a PLC fault code, the stop's state, the micro-stop
 * threshold — or by an operator), and the operator's tools to classify, comment, split and merge
 * them. The rules are in DOWNTIME.md beside this file.
 */
package io.taktline.core.downtime;
