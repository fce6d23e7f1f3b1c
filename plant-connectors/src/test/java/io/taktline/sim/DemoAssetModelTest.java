package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.connect.NodeRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoAssetModelTest {

    /** mes-core's demo asset model, seen from this module's folder. */
    private static final Path DEMO_MODEL = Path.of("..", DemoAssetModel.DEFAULT_TARGET);

    private static final Pattern NODE = Pattern.compile("\"node\": \"([^\"]+)\"");

    @Test
    void servesEveryNodeTheMesDemoModelBinds() throws Exception {
        List<NodeRef> bound = nodes(Files.readString(DEMO_MODEL, StandardCharsets.UTF_8));

        assertThat(bound).isNotEmpty();
        assertThat(PlantLayout.demo().allVariableNodes()).containsAll(bound);
    }

    @Test
    void bindsEveryStationAndEveryPieceOfEquipmentOfTheLayout() {
        PlantLayout demo = PlantLayout.demo();
        String json = DemoAssetModel.json(demo, "opc.tcp://localhost:4840");

        assertThat(nodes(json)).containsAll(demo.allNodes()).doesNotHaveDuplicates();
        assertThat(demo.allVariableNodes()).containsAll(nodes(json));
        assertThat(json.split("\"level\": \"EQUIPMENT\"", -1)).hasSize(demo.equipmentCount() + 1);
        assertThat(json.split("\"level\": \"WORK_CELL\"", -1)).hasSize(demo.stationCount() + 1);
        assertThat(json).contains("\"role\": \"OPERATION_MODE\"", "\"role\": \"ANDON\"", "\"role\": \"CYCLE_TIME\"");
    }

    private static List<NodeRef> nodes(String json) {
        List<NodeRef> nodes = new ArrayList<>();
        Matcher matcher = NODE.matcher(json);
        while (matcher.find()) {
            nodes.add(NodeRef.parse(matcher.group(1)));
        }
        return nodes;
    }
}
