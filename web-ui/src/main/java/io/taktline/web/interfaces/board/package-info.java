/** The plant board at {@code /}: every shop, its lines and stations with live state and values. */
package io.taktline.web.interfaces.board;
