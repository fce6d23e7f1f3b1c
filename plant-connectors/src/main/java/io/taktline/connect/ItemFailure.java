package io.taktline.connect;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** Messages for a tag that cannot be acquired, naming the tag, its node and the status code. */
final class ItemFailure {

    private ItemFailure() {}

    static String statusName(StatusCode status) {
        return statusName(status.getValue());
    }

    static String statusName(long code) {
        return StatusCodes.lookup(code).map(n -> n[0]).orElse(String.format("0x%08X", code));
    }

    static String unknownNamespace(TagBinding tag) {
        return "tag " + tag.tagId() + " has node id '" + tag.node() + "' whose namespace the server does not"
                + " know (Bad_NodeIdUnknown); check the tag binding and that it points at the right endpoint";
    }

    static String of(TagBinding tag, StatusCode status) {
        String name = statusName(status);
        long code = status.getValue();
        if (code == StatusCodes.Bad_NodeIdUnknown || code == StatusCodes.Bad_NodeIdInvalid) {
            return "tag " + tag.tagId() + " has node id '" + tag.node() + "' that the server does not know (" + name
                    + "); check the tag binding";
        }
        if (code == StatusCodes.Bad_NotReadable || code == StatusCodes.Bad_UserAccessDenied) {
            return "tag " + tag.tagId() + " with node id '" + tag.node() + "' may not be read (" + name
                    + "); check the node's access level and the endpoint's identity";
        }
        if (code == StatusCodes.Bad_FilterNotAllowed
                || code == StatusCodes.Bad_DeadbandFilterInvalid
                || code == StatusCodes.Bad_MonitoredItemFilterUnsupported) {
            return "tag " + tag.tagId() + " with node id '" + tag.node() + "' does not accept deadband "
                    + tag.deadband() + " (" + name + "); use an absolute deadband or none";
        }
        if (code == StatusCodes.Bad_TooManyMonitoredItems) {
            return "tag " + tag.tagId() + " with node id '" + tag.node() + "' exceeds the server's monitored item"
                    + " limit (" + name + "); lower maxItemsPerSubscription or poll this tag";
        }
        return "tag " + tag.tagId() + " with node id '" + tag.node() + "' cannot be monitored (" + name
                + "); check the tag binding and the server's access rights";
    }
}
