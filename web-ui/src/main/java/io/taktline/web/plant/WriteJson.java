package io.taktline.web.plant;

import io.taktline.connect.WriteRecord;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** A write to a PLC node as the audit trail keeps it. */
final class WriteJson {

    private WriteJson() {}

    /** The node's value before the write, as the audit entry's "before", or null when it could not be read. */
    static String before(WriteRecord record) {
        return record.before() == null
                ? null
                : Json.createObjectBuilder()
                        .add("value", record.before())
                        .build()
                        .toString();
    }

    static String of(WriteRecord record) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("at", record.at().toString())
                .add("endpoint", record.endpointName())
                .add("node", record.node().toString())
                .add("requested", String.valueOf(record.requested()))
                .add("status", record.status())
                .add("success", record.success());
        if (record.dataType() != null) {
            json.add("dataType", record.dataType());
        }
        if (record.before() != null) {
            json.add("before", record.before());
        }
        if (record.written() != null) {
            json.add("written", record.written());
        }
        if (record.message() != null) {
            json.add("message", record.message());
        }
        return json.build().toString();
    }
}
