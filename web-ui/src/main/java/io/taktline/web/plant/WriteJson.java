package io.taktline.web.plant;

import io.taktline.connect.WriteRecord;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** A write to a PLC node as the audit trail keeps it. */
final class WriteJson {

    private WriteJson() {}

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
        if (record.written() != null) {
            json.add("written", record.written());
        }
        if (record.message() != null) {
            json.add("message", record.message());
        }
        return json.build().toString();
    }
}
