/** What every page of the web UI shares: the reader's language. */
package io.taktline.web.interfaces.page;
