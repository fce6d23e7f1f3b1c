/** What the pages of the web UI share: the reader's language, messages in it, the event streams pages are pushed by. */
package io.taktline.web.interfaces.page;
