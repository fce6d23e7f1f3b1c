/** What the services say about their storage without naming JDBC or JPA. */
package io.taktline.core.storage;
