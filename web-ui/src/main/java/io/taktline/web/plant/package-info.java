/**
 * The running plant: the composition of simulator, database, asset model, connectors, historian
 * and live values, started once per application and shared by the UI, the REST API and health.
 */
package io.taktline.web.plant;
