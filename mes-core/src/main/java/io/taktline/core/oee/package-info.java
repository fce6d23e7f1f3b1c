/**
 * OEE and the ISO 22400-2 KPIs, computed from time elements and counts. Every formula is written
 * out in KPIS.md beside this package, and {@link io.taktline.core.oee.Kpis#from} is the only place
 * each one is computed, so the board, the API and the shift report show the same figure.
 */
package io.taktline.core.oee;
