package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** node-opcua, an OPC UA stack other than the simulator's own, browses the plant and subscribes to it. */
class NodeOpcuaPeerIT {

    private static final Instant MONDAY_6AM = Instant.parse("2026-01-05T06:00:00Z");

    @Test
    void nodeOpcuaBrowsesThePlantAndReceivesChangingValues() throws Exception {
        try (PlantSimulator simulator = PlantSimulator.start(
                new SimulatorSettings("localhost", 0, 42, 60).fast().withStart(MONDAY_6AM))) {
            List<String> lines = runPeer(simulator.endpointUrl(), 4);
            Map<String, String> report = new HashMap<>();
            lines.stream()
                    .filter(l -> !l.startsWith("changes "))
                    .forEach(l -> report.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1)));
            List<String[]> changes = lines.stream()
                    .filter(l -> l.startsWith("changes "))
                    .map(l -> l.split(" "))
                    .toList();

            PlantLayout layout = simulator.layout();
            assertThat(report.get("shops")).isEqualTo("STAMPING,BODY,PAINT,ASSEMBLY,BATTERY");
            assertThat(Integer.parseInt(report.get("stations"))).isEqualTo(layout.stationCount());
            assertThat(Integer.parseInt(report.get("equipment"))).isEqualTo(layout.equipmentCount());
            assertThat(Integer.parseInt(report.get("variables"))).isEqualTo(layout.variableCount());
            assertThat(changes).hasSize(8).allSatisfy(change -> {
                assertThat(Integer.parseInt(change[2]))
                        .as("notifications of %s", change[1])
                        .isGreaterThan(1);
                assertThat(Integer.parseInt(change[3]))
                        .as("distinct values of %s", change[1])
                        .isGreaterThan(1);
                assertThat(Instant.parse(change[4]))
                        .as("source time of %s", change[1])
                        .isAfter(MONDAY_6AM);
            });
        }
    }

    private static List<String> runPeer(String endpointUrl, int seconds) throws Exception {
        File dir = new File(System.getProperty("taktline.opcua.peer.dir", "src/test/node"));
        Path out = Files.createTempFile("sim-peer", ".out");
        Process peer = new ProcessBuilder("node", "sim-browse-subscribe.js", endpointUrl, String.valueOf(seconds))
                .directory(dir)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        boolean done = peer.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            peer.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        assertThat(done)
                .as("node-opcua peer finished in time; output:%n%s", output)
                .isTrue();
        assertThat(peer.exitValue())
                .as("node-opcua peer exit code; output:%n%s", output)
                .isZero();
        return output.lines().toList();
    }
}
