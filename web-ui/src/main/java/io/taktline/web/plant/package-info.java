/**
 * The wiring of the running plant by CDI: the configuration, the database's life (opened, retried,
 * closed; {@link io.taktline.web.plant.DatabaseReady} when it is open), the producers of mes-core's
 * services, and the beans that start on the database (demo seed, historian, interpreter, shift
 * horizon, connectors) and follow model changes. Domain logic lives in mes-core; here it is only
 * put together.
 */
package io.taktline.web.plant;
