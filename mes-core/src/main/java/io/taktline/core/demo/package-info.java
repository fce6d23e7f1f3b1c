/**
 * The demo plant: the shift calendar, production plan and reason tree that the simulated five-shop
 * plant is given on a first start, so that its takt, stops and KPIs mean something from the first
 * minute. A plant's own model brings its own.
 */
package io.taktline.core.demo;
