/** Andon calls: raised at a station, acknowledged, closed; shown on the line's board. Rules: ANDON.md. */
package io.taktline.core.andon;
