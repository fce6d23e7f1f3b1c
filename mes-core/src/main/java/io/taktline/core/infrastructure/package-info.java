/** Persistence of the domain through Hibernate ORM on the database that the db module opens. */
package io.taktline.core.infrastructure;
