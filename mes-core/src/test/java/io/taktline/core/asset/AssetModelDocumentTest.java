package io.taktline.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetModelDocumentTest {

    @Test
    void readsTheDemoPlantWithFiveShopsAndTheStationTagsTheBoardNeeds() throws Exception {
        AssetModelDocument document;
        try (var json = new InputStreamReader(
                AssetModel.class.getResourceAsStream(AssetModel.DEMO_PLANT), StandardCharsets.UTF_8)) {
            document = AssetModelDocument.parse(json);
        }
        var site = document.assets().get(0).children().get(0);
        assertThat(site.children())
                .extracting(AssetModelDocument.AssetEntry::code)
                .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
        site.children().forEach(shop -> shop.children()
                .forEach(line -> line.children().forEach(station -> assertThat(station.tags())
                        .extracting(t -> t.role())
                        .contains(TagRole.STATE, TagRole.PART_COUNTER, TagRole.PROCESS_VALUE))));
    }

    @Test
    void namesThePlaceOfAnUnknownRole() {
        String json = """
                {"endpoints":[{"name":"plc","url":"opc.tcp://plc:4840"}],
                 "assets":[{"level":"ENTERPRISE","code":"A","name":"A","tags":[
                   {"name":"x","role":"SPEED","endpoint":"plc","node":"nsu=urn:a;s=x","dataType":"Double"}]}]}
                """;

        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader(json)))
                .isInstanceOf(AssetModelException.class)
                .hasMessageStartingWith("line 3, assets[0].tags[0].role: unknown tag role 'SPEED'");
    }

    @Test
    void namesAMissingField() {
        String json = """
                {"assets":[{"level":"ENTERPRISE","name":"A"}]}
                """;

        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader(json)))
                .hasMessage("line 1, assets[0].code: missing; give it as a string");
    }

    @Test
    void namesTheLineOfBrokenJson() {
        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader("{\n\"assets\": [\n{\"level\": }\n]}")))
                .hasMessageStartingWith("line 3, column");
    }

    @Test
    void refusesUnknownFieldsSoThatTyposAreNotIgnored() {
        String json = """
                {"assets":[{"level":"ENTERPRISE","code":"A","name":"A","desciption":"typo"}]}
                """;

        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader(json)))
                .hasMessageStartingWith("line 1, assets[0].desciption: unknown field");
    }

    @Test
    void namesAMalformedNodeId() {
        String json = """
                {"assets":[{"level":"ENTERPRISE","code":"A","name":"A","tags":[
                   {"name":"x","role":"STATE","endpoint":"plc","node":"ns=2;s=x","dataType":"Int32"}]}]}
                """;

        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader(json)))
                .hasMessageStartingWith("line 2, assets[0].tags[0].node: node id 'ns=2;s=x' is malformed");
    }

    @Test
    void readsEndpointSecurityWithThePasswordOnlyByItsSetting() {
        String json = """
                {"endpoints": [{"name": "body-plc", "url": "opc.tcp://body-plc:4840",
                  "securityPolicy": "Basic256Sha256", "securityMode": "SignAndEncrypt",
                  "identity": "userName", "user": "mes", "passwordKey": "TAKTLINE_BODY_PLC_PASSWORD"}]}
                """;

        EndpointSecurity security = AssetModelDocument.parse(new StringReader(json))
                .endpoints()
                .get(0)
                .security();

        assertThat(security.policy()).isEqualTo(EndpointSecurity.Policy.BASIC256SHA256);
        assertThat(security.mode()).isEqualTo(EndpointSecurity.Mode.SIGN_AND_ENCRYPT);
        assertThat(security.login()).isEqualTo(EndpointSecurity.Login.USER_NAME);
        assertThat(security.passwordKey()).isEqualTo("TAKTLINE_BODY_PLC_PASSWORD");
    }

    @Test
    void refusesAUserLoginWithoutItsPasswordSetting() {
        String json = """
                {"endpoints": [{"name": "body-plc", "url": "opc.tcp://body-plc:4840", "identity": "userName", "user": "mes"}]}
                """;

        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader(json)))
                .hasMessageStartingWith("line 1, endpoints[0]: a USER_NAME login needs 'user' and 'passwordKey'");
    }

    @Test
    void refusesAnotherSchema() {
        assertThatThrownBy(() -> AssetModelDocument.parse(new StringReader("{\"schema\":\"other/9\"}")))
                .hasMessageContaining("'other/9' is not supported");
    }
}
