/** The engineers' pages: the connectors and their certificates. */
package io.taktline.web.interfaces.engineering;
