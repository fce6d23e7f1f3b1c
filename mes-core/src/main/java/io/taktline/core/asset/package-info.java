/**
 * The plant as ISA-95 sees it: enterprise, site, area (shop), line, work cell (station) and
 * equipment, with the tags that bind each asset to an OPC UA node on an endpoint.
 */
package io.taktline.core.asset;
