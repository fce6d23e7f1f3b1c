/**
 * Connectors that pull equipment data from OPC UA servers and hand it on as {@link
 * io.taktline.connect.Sample}s. Milo types stay inside this package's implementation; callers see
 * only {@link io.taktline.connect.NodeRef}, {@link io.taktline.connect.Sample} and friends.
 */
package io.taktline.connect;
