package io.taktline.connect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The node-opcua interop server ({@code src/test/node/interop-server.js}) as a child process. */
final class NodeOpcuaPeer implements AutoCloseable {

    static final String NAMESPACE_URI = "urn:taktline:interop";

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();

    private NodeOpcuaPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the peer; {@code secure} offers Basic256Sha256 with user name login only. */
    static NodeOpcuaPeer start(boolean secure, Path pki) throws Exception {
        String dir = System.getProperty("taktline.opcua.peer.dir", "src/test/node");
        Path script = Path.of(dir, "interop-server.js");
        if (!Files.isDirectory(Path.of(dir, "node_modules", "node-opcua"))) {
            throw new IllegalStateException("node-opcua is not installed in " + dir
                    + "; run 'bin/install-test-tools opcua-peer' (the Maven build runs it before the ITs)");
        }
        int port = freePort();
        Process process = new ProcessBuilder(
                        "node",
                        script.toString(),
                        "--port",
                        String.valueOf(port),
                        "--security",
                        secure ? "secure" : "none",
                        "--pki",
                        pki.toString())
                .redirectErrorStream(true)
                .start();
        NodeOpcuaPeer peer = new NodeOpcuaPeer(process, port);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            peer.output.append(line).append('\n');
                            if (line.startsWith("READY ")) {
                                ready.complete(true);
                            }
                        }
                    } catch (IOException e) {
                        // process ended
                    }
                    ready.complete(false);
                },
                "node-opcua-peer-" + port);
        reader.setDaemon(true);
        reader.start();
        if (!ready.get(90, TimeUnit.SECONDS)) {
            peer.close();
            throw new IllegalStateException("node-opcua peer did not start:\n" + peer.output);
        }
        return peer;
    }

    static NodeRef node(String name) {
        return new NodeRef(NAMESPACE_URI, "s=Line/" + name);
    }

    /** The URL by IP, while the peer advertises the machine's host name: the connector rewrites it. */
    String url() {
        return "opc.tcp://127.0.0.1:" + port;
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
