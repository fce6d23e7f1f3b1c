/** Users and tokens in PostgreSQL (tables {@code app_user} and {@code access_token}). */
package io.taktline.core.access.infrastructure;
