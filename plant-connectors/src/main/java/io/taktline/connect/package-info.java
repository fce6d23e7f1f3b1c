/**
 * Connectors that pull equipment data from OPC UA servers and hand it on as {@link
 * io.taktline.connect.Sample}s. Milo types stay inside this package's implementation; callers see
 * only {@link io.taktline.connect.NodeRef}, {@link io.taktline.connect.Sample} and friends.
 *
 * <ul>
 *   <li>{@link io.taktline.connect.OpcUaConnector}: one per endpoint; acquisition (subscriptions split
 *       by {@code maxItemsPerSubscription}, or polling), {@code rebind}, {@code write}, {@code read},
 *       {@code browse}, {@code status}.
 *   <li>{@link io.taktline.connect.EndpointSettings}: URL, security (strongest offered by default),
 *       {@link io.taktline.connect.Identity}.
 *   <li>{@link io.taktline.connect.CertificateStore}: the client certificate (PKCS12) and the trust
 *       list (trusted, issuer, rejected), with trust/reject by thumbprint at run time.
 *   <li>{@link io.taktline.connect.WriteAudit}: hears of every write as a {@link
 *       io.taktline.connect.WriteRecord}.
 * </ul>
 */
package io.taktline.connect;
