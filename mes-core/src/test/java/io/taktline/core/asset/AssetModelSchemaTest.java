package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON Schema, checked by an independent validator against what Taktline reads. */
class AssetModelSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<ValidationMessage> validate(JsonNode document) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AssetModel.class.getResourceAsStream("asset-model.schema.json"));
        return schema.validate(document);
    }

    @Test
    void acceptsTheDemoPlant() throws Exception {
        JsonNode demo = JSON.readTree(AssetModel.class.getResourceAsStream(AssetModel.DEMO_PLANT));

        assertThat(validate(demo)).isEmpty();
    }

    @Test
    void refusesWhatTheImportRefuses() throws Exception {
        JsonNode unknownRole = JSON.readTree("""
                {"assets":[{"level":"ENTERPRISE","code":"A","name":"A","tags":[
                  {"name":"x","role":"SPEED","endpoint":"plc","node":"nsu=urn:a;s=x","dataType":"Double"}]}]}
                """);
        JsonNode indexNotUri = JSON.readTree("""
                {"assets":[{"level":"ENTERPRISE","code":"A","name":"A","tags":[
                  {"name":"x","role":"STATE","endpoint":"plc","node":"ns=2;s=x","dataType":"Int32"}]}]}
                """);
        JsonNode typo = JSON.readTree("""
                {"assets":[{"level":"ENTERPRISE","code":"A","name":"A","desciption":"typo"}]}
                """);

        assertThat(validate(unknownRole)).isNotEmpty();
        assertThat(validate(indexNotUri)).isNotEmpty();
        assertThat(validate(typo)).isNotEmpty();
    }
}
