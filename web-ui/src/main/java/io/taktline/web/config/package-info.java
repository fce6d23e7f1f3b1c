/** Taktline's configuration: every key, its default and what it does, read through MicroProfile Config. */
package io.taktline.web.config;
