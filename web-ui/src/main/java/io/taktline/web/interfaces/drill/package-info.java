/** The drill-down from the plant to a stop: an asset's figures, what they are made of, the assets beneath. */
package io.taktline.web.interfaces.drill;
