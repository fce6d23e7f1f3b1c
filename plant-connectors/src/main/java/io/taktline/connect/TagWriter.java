package io.taktline.connect;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * Writes one value to a node in the node's exact data type: reads the DataType attribute and the
 * value before, converts the value (enumerations as Int32, subtypes by their built-in ancestor),
 * writes, audits what was there and what was written.
 */
final class TagWriter {

    private final String endpointName;
    private final WriteAudit audit;
    private final Executor blockingWork;

    TagWriter(String endpointName, WriteAudit audit, Executor blockingWork) {
        this.endpointName = endpointName;
        this.audit = audit;
        this.blockingWork = blockingWork;
    }

    CompletableFuture<WriteRecord> write(OpcUaClient client, NodeRef node, Object value, String who) {
        if (client == null) {
            return done(failure(
                    who,
                    node,
                    value,
                    null,
                    "Bad_NotConnected",
                    "endpoint '" + endpointName + "' is not connected; try again when its state is CONNECTED"));
        }
        UShort index = client.getNamespaceTable().getIndex(node.namespaceUri());
        if (index == null) {
            return done(failure(
                    who,
                    node,
                    value,
                    null,
                    "Bad_NodeIdUnknown",
                    "the server of endpoint '" + endpointName + "' does not know the namespace of node '" + node
                            + "'; check the node id"));
        }
        NodeId nodeId = NodeId.parse("ns=" + index + ";" + node.identifier());
        List<ReadValueId> reads = List.of(
                new ReadValueId(nodeId, AttributeId.DataType.uid(), null, QualifiedName.NULL_VALUE),
                new ReadValueId(nodeId, AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE));
        return client.readAsync(0.0, TimestampsToReturn.Neither, reads)
                .thenApplyAsync(
                        response -> {
                            DataValue dataType = response.getResults()[0];
                            if (!dataType.getStatusCode().isGood()
                                    || !(dataType.getValue().getValue() instanceof NodeId typeId)) {
                                String status = ItemFailure.statusName(dataType.getStatusCode());
                                throw new WriteRefused(
                                        status,
                                        "the data type of node '" + node + "' cannot be read (" + status
                                                + "); check the node id");
                            }
                            DataValue current = response.getResults()[1];
                            String before = current.getStatusCode().isGood()
                                    ? SampleTranslator.toText(current.getValue().getValue())
                                    : null;
                            return new Target(builtinType(client, typeId), before);
                        },
                        blockingWork)
                .thenCompose(target -> {
                    Object converted;
                    try {
                        converted = ValueConversion.convert(value, target.type());
                    } catch (IllegalArgumentException e) {
                        return CompletableFuture.completedFuture(new WriteRecord(
                                Instant.now(),
                                who,
                                endpointName,
                                node,
                                value,
                                target.type().name(),
                                target.before(),
                                null,
                                "Bad_TypeMismatch",
                                false,
                                "node '" + node + "': " + e.getMessage()));
                    }
                    return client.writeValuesAsync(
                                    List.of(nodeId), List.of(DataValue.valueOnly(new Variant(converted))))
                            .thenApply(results -> outcome(who, node, value, target, converted, results.get(0)));
                })
                .exceptionally(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                            ? e.getCause()
                            : e;
                    if (cause instanceof WriteRefused refused) {
                        return failure(who, node, value, null, refused.status, refused.getMessage());
                    }
                    ConnectFailure failure = ConnectFailure.of(cause);
                    return failure(
                            who,
                            node,
                            value,
                            null,
                            "Bad_CommunicationError",
                            "writing node '" + node + "' on endpoint '" + endpointName + "' failed: " + failure.cause()
                                    + "; " + failure.advice());
                })
                .thenApply(this::audited);
    }

    private static OpcUaDataType builtinType(OpcUaClient client, NodeId typeId) {
        if (OpcUaDataType.isBuiltin(typeId)) {
            return OpcUaDataType.fromNodeId(typeId);
        }
        try {
            var tree = client.getDataTypeTree();
            return tree.isEnumType(typeId) ? OpcUaDataType.Int32 : tree.getBuiltinType(typeId);
        } catch (Exception e) {
            throw new WriteRefused(
                    "Bad_DataTypeIdUnknown",
                    "data type " + typeId.toParseableString() + " cannot be resolved to a built-in type ("
                            + e.getMessage() + ")");
        }
    }

    /** The node's built-in type and its value before the write, in text form (null when unreadable). */
    private record Target(OpcUaDataType type, String before) {}

    private WriteRecord outcome(
            String who, NodeRef node, Object requested, Target target, Object converted, StatusCode status) {
        String name = ItemFailure.statusName(status);
        String text = SampleTranslator.toText(converted);
        String type = target.type().name();
        if (status.isGood()) {
            return new WriteRecord(
                    Instant.now(), who, endpointName, node, requested, type, target.before(), text, name, true, null);
        }
        return new WriteRecord(
                Instant.now(),
                who,
                endpointName,
                node,
                requested,
                type,
                target.before(),
                text,
                name,
                false,
                "the server refused " + text + " (" + type + ") for node '" + node + "' (" + name
                        + "); check the node's access level and the endpoint's identity");
    }

    private WriteRecord failure(String who, NodeRef node, Object value, String type, String status, String message) {
        return new WriteRecord(Instant.now(), who, endpointName, node, value, type, null, null, status, false, message);
    }

    private CompletableFuture<WriteRecord> done(WriteRecord record) {
        return CompletableFuture.completedFuture(audited(record));
    }

    private WriteRecord audited(WriteRecord record) {
        try {
            audit.written(record);
        } catch (RuntimeException e) {
            WriteRecord.LOG.accept(record);
        }
        return record;
    }

    private static final class WriteRefused extends RuntimeException {
        final String status;

        WriteRefused(String status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
