package io.taktline.web.plant;

import io.taktline.connect.ConnectionState;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.core.asset.BrowsedNode;
import io.taktline.core.asset.DraftModel;
import io.taktline.core.asset.NodeAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drafts an asset model from a server's address space: browses the subtree under a root node
 * through a connector (the endpoint's running one, or a short-lived one for a server that is not
 * in the model yet) and hands what it found to {@link DraftModel}.
 */
public final class DraftBrowse {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration BROWSE_TIMEOUT = Duration.ofMinutes(5);

    public record Request(String endpoint, String url, String root, String enterprise, String site, long maxNodes) {}

    private DraftBrowse() {}

    public static String draft(PlantConnectors connectors, Request request) throws Exception {
        NodeRef root = NodeRef.parse(request.root());
        OpcUaConnector connector = connectors.connector(request.endpoint()).orElse(null);
        OpcUaConnector temporary = null;
        String url = request.url();
        if (connector == null) {
            if (url == null) {
                throw new IllegalArgumentException("endpoint '" + request.endpoint()
                        + "' has no running connector; give its 'url' to browse a server that is not in the model yet");
            }
            temporary = new OpcUaConnector(new EndpointSettings(request.endpoint(), url), List.of(), sample -> {});
            temporary.start();
            connector = temporary;
        } else {
            url = connector.endpoint().url();
        }
        try {
            awaitConnected(connector);
            String prefix =
                    root.identifier().startsWith("s=") ? root.identifier().substring(2) + "/" : "";
            List<BrowsedNode> nodes = new ArrayList<>();
            connector
                    .browse(root, request.maxNodes(), found -> {
                        String path = found.browsePath();
                        List<String> below = Arrays.asList(
                                path.startsWith(prefix)
                                        ? path.substring(prefix.length()).split("/")
                                        : path.split("/"));
                        if (!below.isEmpty() && ("Object".equals(found.nodeClass()) || found.isVariable())) {
                            nodes.add(new BrowsedNode(
                                    below,
                                    found.isVariable(),
                                    new NodeAddress(
                                            found.node().namespaceUri(),
                                            found.node().identifier()),
                                    found.dataType(),
                                    found.engineeringUnits()));
                        }
                    })
                    .get(BROWSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return DraftModel.draft(
                    request.enterprise(), request.site(), request.endpoint(), url, nodes, DraftModel.defaultLevels());
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "browsing " + root + " on endpoint '" + request.endpoint() + "' failed: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            if (temporary != null) {
                temporary.close();
            }
        }
    }

    private static void awaitConnected(OpcUaConnector connector) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (connector.status().state() != ConnectionState.CONNECTED) {
            if (System.nanoTime() > deadline) {
                String cause = connector.status().cause();
                throw new TimeoutException(
                        "could not connect to " + connector.endpoint().url() + " within " + CONNECT_TIMEOUT.toSeconds()
                                + " s" + (cause == null ? "" : " (" + cause + ")"));
            }
            Thread.sleep(100);
        }
    }
}
