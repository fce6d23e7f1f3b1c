package io.taktline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone simulator as a user starts it: {@code java -jar ...-simulator.jar} with flags. */
class SimulatorJarIT {

    @Test
    void runsHalfAShiftAndWritesItsGroundTruth(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("truth.json");
        Path output = dir.resolve("out.txt");
        Process simulator = new ProcessBuilder(
                        javaBin(),
                        "-jar",
                        simulatorJar().toString(),
                        "--port",
                        "0",
                        "--speed",
                        "2400",
                        "--seed",
                        "7",
                        "--start",
                        "2026-01-05T06:00:00Z",
                        "--run-for",
                        "4h",
                        "--truth",
                        truth.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        boolean done = simulator.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            simulator.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(done).as("finished within a minute; output:%n%s", log).isTrue();
        assertThat(simulator.exitValue()).as("exit code; output:%n%s", log).isZero();
        assertThat(log).containsPattern("serving opc\\.tcp://localhost:\\d+ \\(\\d+ variables\\)");
        String json = Files.readString(truth, StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("{\"schema\":\"taktline-simulator-truth/1\",\"seed\":7,\"start\":\"2026-01-05T06:00:00Z\"")
                .contains("\"cause\":\"break\"", "\"outcome\":\"GOOD\"", "\"station\":\"Plant/BATTERY/BM1/EOL\"");
    }

    private static Path simulatorJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-simulator.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no *-simulator.jar in target; run mvn package first"));
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
