package io.taktline.web.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** {@code java -jar taktline.jar --port N}, started the way the README tells a user to, for tests. */
public final class TaktlineProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private TaktlineProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the runnable jar with its own data folder and the given environment, and returns
     * once the application answers {@code /health} (up or down).
     */
    public static TaktlineProcess start(String name, int port, Map<String, String> environment) throws Exception {
        return start(name, port, environment, data -> {});
    }

    /** What a test puts into the data folder before the application starts. */
    public interface DataFolder {
        void prepare(Path data) throws Exception;
    }

    /** As {@link #start(String, int, Map)}, with the data folder prepared by {@code folder} first. */
    public static TaktlineProcess start(String name, int port, Map<String, String> environment, DataFolder folder)
            throws Exception {
        Path data = Files.createDirectories(Path.of("target", "it-data", name + "-" + System.nanoTime()));
        folder.prepare(data);
        Path log = Path.of("target", "taktline-" + name + ".log");
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("taktline.jar"),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().put("TAKTLINE_DATA_DIR", data.toAbsolutePath().toString());
        command.environment().putAll(environment);
        TaktlineProcess taktline = new TaktlineProcess(command.start(), port, log);
        try {
            taktline.awaitDeployed(Duration.ofSeconds(240));
        } catch (Exception | AssertionError e) {
            taktline.close();
            throw e;
        }
        return taktline;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application's log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitDeployed(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("taktline.jar exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                // Health answers before the application has started: wait until it speaks for a started plant.
                String health = get("/health").body();
                if (health.contains("\"name\":\"database\"")
                        && !health.contains("No Application deployed")
                        && !health.contains("\"problem\":\"not started\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("taktline.jar did not answer /health within " + timeout + ":\n" + tail());
    }

    private String tail() {
        List<String> lines = log().lines().toList();
        return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream()
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
