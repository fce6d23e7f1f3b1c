/** Taktline's REST API, version 1, under {@code /api/v1}; described at {@code /openapi}. */
package io.taktline.web.interfaces.rest;
