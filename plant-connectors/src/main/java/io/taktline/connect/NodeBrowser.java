package io.taktline.connect;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.ReferenceTypes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ViewDescription;

/**
 * Recursive browse of a subtree along hierarchical references, level by level: each round browses
 * up to {@code concurrency} batches of at most MaxNodesPerBrowse nodes at once, follows continuation
 * points, then reads DataType, AccessLevel and EngineeringUnits of the round's variables in batches
 * of at most MaxNodesPerRead. Each node is visited once (a set of seen node ids makes it safe
 * against cycles) and handed to the visitor as soon as its round ends; results are not kept.
 * Memory grows with the seen set and the widest level, not with the results.
 *
 * <p>Blocking: runs on the caller's thread (use a worker, never Milo's threads).
 */
final class NodeBrowser {

    private static final int DEFAULT_BATCH = 500;
    private static final UInteger MAX_REFERENCES_PER_NODE = uint(1_000);
    private static final ViewDescription DEFAULT_VIEW = new ViewDescription(
            NodeId.NULL_VALUE, org.eclipse.milo.opcua.stack.core.types.builtin.DateTime.MIN_VALUE, uint(0));

    private final OpcUaClient client;
    private final int concurrency;
    private final long maxNodes;

    NodeBrowser(OpcUaClient client, int concurrency, long maxNodes) {
        this.client = client;
        this.concurrency = Math.max(1, concurrency);
        this.maxNodes = maxNodes;
    }

    /** Returns the number of nodes visited (the start node excluded). */
    long browse(NodeRef start, Consumer<BrowsedNode> visitor) throws UaException {
        NamespaceTable namespaces = client.readNamespaceTable();
        Integer startIndex = namespaces.getIndex(start.namespaceUri()) == null
                ? null
                : namespaces.getIndex(start.namespaceUri()).intValue();
        if (startIndex == null) {
            throw new IllegalArgumentException("the server does not know the namespace of start node '" + start
                    + "' (Bad_NodeIdUnknown); check the node id");
        }
        NodeId startId = NodeId.parse("ns=" + startIndex + ";" + start.identifier());
        int browseBatch = limit(client.getOperationLimits()
                .maxNodesPerBrowse()
                .map(UInteger::intValue)
                .orElse(0));
        int readBatch = limit(client.getOperationLimits()
                .maxNodesPerRead()
                .map(UInteger::intValue)
                .orElse(0));

        Set<NodeId> seen = new HashSet<>();
        seen.add(startId);
        ArrayDeque<Pending> level = new ArrayDeque<>();
        level.add(new Pending(startId, "", NodeClass.Object));
        long visited = 0;
        while (!level.isEmpty() && visited < maxNodes) {
            List<Pending> round = new ArrayList<>();
            while (!level.isEmpty() && round.size() < browseBatch * concurrency) {
                round.add(level.poll());
            }
            Map<NodeId, List<ReferenceDescription>> children = browseAll(round, browseBatch);
            List<Pending> found = new ArrayList<>();
            Map<NodeId, NodeId> unitsProperty = new HashMap<>();
            for (Pending parent : round) {
                for (ReferenceDescription ref : children.getOrDefault(parent.nodeId, List.of())) {
                    NodeId child = ref.getNodeId().toNodeId(namespaces).orElse(null);
                    if (child == null) {
                        continue; // on another server
                    }
                    String name = ref.getBrowseName() == null
                            ? ""
                            : ref.getBrowseName().getName();
                    if (ReferenceTypes.HasProperty.equals(ref.getReferenceTypeId())
                            && "EngineeringUnits".equals(name)) {
                        unitsProperty.put(parent.nodeId, child);
                    }
                    if (seen.add(child)) {
                        String path = parent.path.isEmpty() ? name : parent.path + "/" + name;
                        found.add(new Pending(child, path, ref.getNodeClass()));
                    }
                }
            }
            visited += round.stream().filter(p -> !p.nodeId.equals(startId)).count();
            emit(round, startId, unitsProperty, namespaces, readBatch, visitor);
            level.addAll(found);
        }
        return visited;
    }

    private Map<NodeId, List<ReferenceDescription>> browseAll(List<Pending> round, int batch) throws UaException {
        Map<NodeId, List<ReferenceDescription>> children = new HashMap<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int from = 0; from < round.size(); from += batch) {
            List<Pending> part = round.subList(from, Math.min(round.size(), from + batch));
            List<BrowseDescription> descriptions = part.stream()
                    .map(p -> new BrowseDescription(
                            p.nodeId,
                            BrowseDirection.Forward,
                            ReferenceTypes.HierarchicalReferences,
                            true,
                            uint(0),
                            uint(BrowseResultMask.All.getValue())))
                    .toList();
            calls.add(client.browseAsync(DEFAULT_VIEW, MAX_REFERENCES_PER_NODE, descriptions)
                    .thenCompose(response -> {
                        BrowseResult[] results = response.getResults();
                        List<CompletableFuture<Void>> more = new ArrayList<>();
                        synchronized (children) {
                            for (int i = 0; i < results.length; i++) {
                                more.add(collect(part.get(i).nodeId, results[i], children));
                            }
                        }
                        return CompletableFuture.allOf(more.toArray(CompletableFuture[]::new));
                    }));
        }
        try {
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UaException(org.eclipse.milo.opcua.stack.core.StatusCodes.Bad_Shutdown, "browse interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UaException ua ? ua : new UaException(e.getCause());
        }
        return children;
    }

    /** Adds a result's references and follows its continuation point until the node is done. */
    private CompletableFuture<Void> collect(
            NodeId parent, BrowseResult result, Map<NodeId, List<ReferenceDescription>> children) {
        synchronized (children) {
            List<ReferenceDescription> list = children.computeIfAbsent(parent, p -> new ArrayList<>());
            if (result.getReferences() != null) {
                list.addAll(List.of(result.getReferences()));
            }
        }
        ByteString continuation = result.getContinuationPoint();
        if (continuation == null || continuation.isNull() || continuation.length() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        return client.browseNextAsync(false, List.of(continuation))
                .thenCompose(next -> collect(parent, next.getResults()[0], children));
    }

    private void emit(
            List<Pending> round,
            NodeId startId,
            Map<NodeId, NodeId> unitsProperty,
            NamespaceTable namespaces,
            int readBatch,
            Consumer<BrowsedNode> visitor)
            throws UaException {
        List<Pending> variables = round.stream()
                .filter(p -> p.nodeClass == NodeClass.Variable && !p.nodeId.equals(startId))
                .toList();
        Map<NodeId, DataValue[]> attributes = readAttributes(variables, unitsProperty, readBatch);
        for (Pending p : round) {
            if (p.nodeId.equals(startId)) {
                continue;
            }
            DataValue[] values = attributes.get(p.nodeId);
            String dataType = null;
            int access = -1;
            String units = null;
            if (values != null) {
                if (values[0].getValue().getValue() instanceof NodeId typeId) {
                    dataType = OpcUaDataType.isBuiltin(typeId)
                            ? OpcUaDataType.fromNodeId(typeId).name()
                            : typeId.toParseableString();
                }
                if (values[1].getValue().getValue() instanceof Number level) {
                    access = level.intValue();
                }
                if (values.length > 2 && values[2].getValue().getValue() instanceof ExtensionObject eo) {
                    try {
                        Object decoded = eo.decode(client.getStaticEncodingContext());
                        if (decoded instanceof EUInformation eu && eu.getDisplayName() != null) {
                            units = eu.getDisplayName().getText();
                        }
                    } catch (RuntimeException e) {
                        units = null;
                    }
                }
            }
            visitor.accept(new BrowsedNode(
                    nodeRef(p.nodeId, namespaces), p.path, p.nodeClass.name(), dataType, access, units));
        }
    }

    private Map<NodeId, DataValue[]> readAttributes(
            List<Pending> variables, Map<NodeId, NodeId> unitsProperty, int readBatch) throws UaException {
        List<ReadValueId> reads = new ArrayList<>();
        List<NodeId> owners = new ArrayList<>();
        for (Pending p : variables) {
            reads.add(new ReadValueId(p.nodeId, AttributeId.DataType.uid(), null, QualifiedName.NULL_VALUE));
            reads.add(new ReadValueId(p.nodeId, AttributeId.AccessLevel.uid(), null, QualifiedName.NULL_VALUE));
            owners.add(p.nodeId);
            owners.add(p.nodeId);
            NodeId units = unitsProperty.get(p.nodeId);
            if (units != null) {
                reads.add(new ReadValueId(units, AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE));
                owners.add(p.nodeId);
            }
        }
        Map<NodeId, List<DataValue>> byNode = new HashMap<>();
        for (int from = 0; from < reads.size(); from += readBatch) {
            int to = Math.min(reads.size(), from + readBatch);
            DataValue[] results = client.read(0.0, TimestampsToReturn.Neither, reads.subList(from, to))
                    .getResults();
            for (int i = 0; i < results.length; i++) {
                byNode.computeIfAbsent(owners.get(from + i), n -> new ArrayList<>())
                        .add(results[i]);
            }
        }
        Map<NodeId, DataValue[]> out = new HashMap<>();
        byNode.forEach((node, values) -> out.put(node, values.toArray(DataValue[]::new)));
        return out;
    }

    static NodeRef nodeRef(NodeId nodeId, NamespaceTable namespaces) {
        String uri = namespaces.get(nodeId.getNamespaceIndex());
        String text = nodeId.toParseableString();
        String identifier = text.startsWith("ns=") ? text.substring(text.indexOf(';') + 1) : text;
        return new NodeRef(uri == null ? "urn:unknown-namespace:" + nodeId.getNamespaceIndex() : uri, identifier);
    }

    private static int limit(int serverLimit) {
        return serverLimit > 0 ? Math.min(serverLimit, DEFAULT_BATCH) : DEFAULT_BATCH;
    }

    private record Pending(NodeId nodeId, String path, NodeClass nodeClass) {}
}
