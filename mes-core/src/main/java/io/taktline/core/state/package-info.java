/**
 * Equipment states: the one state machine every asset is in (running, idle, starved, blocked,
 * down, planned stop, changeover, offline), and the mappings from the raw codes PLCs report.
 */
package io.taktline.core.state;
