package io.taktline.bench.ui;

import io.taktline.bench.ChildJvm;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Render times of the pages people live in, with 20 users signed in at once: the plant board, the
 * plant's, a line's and a station's figures, the downtime list and a line's andon board. Starts the
 * demo plant (the built taktline.jar, embedded PostgreSQL, simulator) in a JVM of its own, signs in
 * 20 users of their own, warms up, then for 60 s each user asks for the pages in turn at the plant
 * board's own refresh pace (one page every 2 s; a slow answer delays the next, as in a browser).
 * The baseline, in the same invocation, is one user alone asking for the same pages one after the
 * other: the figures are also given as ratios to it.
 *
 * <p>Run after {@code mvn -B install -DskipTests}: {@code mvn -B -q -pl bench exec:java
 * -Dexec.mainClass=io.taktline.bench.ui.PageLoadBench} ({@code -Dusers=20 -Dseconds=60}).
 */
public final class PageLoadBench {

    private static final String ADMIN_PASSWORD = "Bench-Admin-2026!";
    private static final Duration PACE = Duration.ofSeconds(2);

    private record Page(String name, String path) {}

    private record Sample(String page, long nanos, boolean ok) {}

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 20);
        int seconds = Integer.getInteger("seconds", 60);
        // exec:java runs in the directory Maven was started in: the repository's, or bench's.
        Path jar = Path.of(System.getProperty(
                        "jar",
                        Files.isRegularFile(Path.of("web-ui/target/taktline.jar"))
                                ? "web-ui/target/taktline.jar"
                                : "../web-ui/target/taktline.jar"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -B install -DskipTests first");
        }
        // The demo plant's data (embedded PostgreSQL, spool) in bench/target, beside the repository's other builds.
        Path target =
                Files.createDirectories(jar.getParent().getParent().getParent().resolve("bench/target"));
        Path data = Files.createTempDirectory(target.toAbsolutePath(), "page-load-");
        int port = freePort();
        URI base = URI.create("http://localhost:" + port + "/");
        ProcessBuilder builder = new ProcessBuilder(
                        ChildJvm.java(), "-jar", jar.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("taktline.log").toFile());
        builder.environment().put("TAKTLINE_DATA_DIR", data.toString());
        builder.environment().put("TAKTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("TAKTLINE_SIMULATOR_PORT", String.valueOf(freePort()));
        Process taktline = builder.start();
        try {
            waitUntilUp(base, taktline);
            User admin = User.signIn(base, "admin", ADMIN_PASSWORD);
            List<Page> pages = pages(admin);
            List<User> people = new ArrayList<>();
            for (int i = 1; i <= users; i++) {
                String name = String.format(Locale.ROOT, "load%02d", i);
                admin.send(
                        "POST",
                        "api/v1/users",
                        "{\"username\": \"" + name + "\", \"role\": \"VIEWER\"," + " \"password\": \"temporary " + name
                                + "\"}");
                User user = User.signIn(base, name, "temporary " + name);
                user.send(
                        "PUT",
                        "api/v1/session/password",
                        "{\"current\": \"temporary " + name + "\", \"new\":" + " \"own password of " + name + "\"}");
                people.add(user);
            }
            System.out.printf(Locale.ROOT, "demo plant up at %s; %d users signed in; pages: %s%n", base, users, pages);

            // Warm-up: every user through every page twice, so that the JIT and the caches have seen them.
            for (int round = 0; round < 2; round++) {
                for (User user : people) {
                    for (Page page : pages) {
                        user.render(page);
                    }
                }
            }
            List<Sample> alone = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (Page page : pages) {
                    alone.add(people.get(0).render(page));
                }
            }
            List<Sample> loaded = concurrently(people, pages, Duration.ofSeconds(seconds));
            report("one user alone (baseline)", alone, null, pages);
            report(
                    users + " users, one page every " + PACE.toSeconds() + " s each, " + seconds + " s",
                    loaded,
                    alone,
                    pages);
        } finally {
            taktline.destroy();
            taktline.waitFor();
        }
    }

    private static List<Page> pages(User admin) throws Exception {
        String lines = admin.send("GET", "api/v1/assets?level=LINE", null);
        String stations = admin.send("GET", "api/v1/assets?level=WORK_CELL", null);
        long line = firstId(lines, "ASSEMBLY/");
        long station = firstId(stations, "ASSEMBLY/");
        return List.of(
                new Page("plant board", "index.xhtml"),
                new Page("plant figures", "asset.xhtml"),
                new Page("line figures", "asset.xhtml?asset=" + line),
                new Page("station figures", "asset.xhtml?asset=" + station),
                new Page("downtime list", "downtime.xhtml?view=all"),
                new Page("line andon board", "line.xhtml?line=" + line));
    }

    private static long firstId(String json, String pathPart) {
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (object.find()) {
            String text = object.group();
            if (text.contains(pathPart)) {
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(text);
                if (id.find()) {
                    return Long.parseLong(id.group(1));
                }
            }
        }
        throw new IllegalStateException("no asset with '" + pathPart + "' in its path: " + json);
    }

    private static List<Sample> concurrently(List<User> people, List<Page> pages, Duration length)
            throws InterruptedException {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(people.size());
        for (int i = 0; i < people.size(); i++) {
            User user = people.get(i);
            int first = i;
            Thread thread = new Thread(
                    () -> {
                        try {
                            // Users start spread over one pace, each at a page of its own.
                            Thread.sleep(PACE.toMillis() * first / people.size());
                            int next = first;
                            while (System.nanoTime() < end) {
                                long started = System.nanoTime();
                                samples.add(user.render(pages.get(next++ % pages.size())));
                                long wait = PACE.toNanos() - (System.nanoTime() - started);
                                if (wait > 0) {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "user-" + i);
            thread.start();
        }
        done.await();
        return samples;
    }

    private static void report(String title, List<Sample> samples, List<Sample> baseline, List<Page> pages) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "  %-18s %7s %7s %8s %8s %8s %7s%s%n",
                "page",
                "renders",
                "errors",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                baseline == null ? "" : "  p50 ×base  p95 ×base");
        Map<String, List<Sample>> byPage = new TreeMap<>();
        for (Page page : pages) {
            byPage.put(page.name(), new ArrayList<>());
        }
        samples.forEach(s -> byPage.get(s.page()).add(s));
        byPage.put("all pages", new ArrayList<>(samples));
        for (Map.Entry<String, List<Sample>> entry : byPage.entrySet()) {
            List<Sample> of = entry.getValue();
            long errors = of.stream().filter(s -> !s.ok()).count();
            double p50 = percentile(of, 50);
            double p95 = percentile(of, 95);
            String ratios = "";
            if (baseline != null) {
                List<Sample> base = entry.getKey().equals("all pages")
                        ? baseline
                        : baseline.stream()
                                .filter(s -> s.page().equals(entry.getKey()))
                                .toList();
                ratios = String.format(
                        Locale.ROOT, "  %9.2f  %9.2f", p50 / percentile(base, 50), p95 / percentile(base, 95));
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-18s %7d %7d %8.1f %8.1f %8.1f %7.1f%s%n",
                    entry.getKey(),
                    of.size(),
                    errors,
                    p50,
                    p95,
                    percentile(of, 99),
                    percentile(of, 100),
                    ratios);
        }
    }

    /** The p-th percentile of the render times in milliseconds (nearest rank). */
    private static double percentile(List<Sample> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static void waitUntilUp(URI base, Process taktline) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!taktline.isAlive()) {
                throw new IllegalStateException("taktline.jar stopped with exit code " + taktline.exitValue());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(base.resolve("health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the demo plant did not answer /health with 200 within 4 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A signed-in user: a browser's cookie jar and its session's CSRF token. */
    private static final class User {

        private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

        private final URI base;
        private final HttpClient http;
        private String csrf;

        private User(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        static User signIn(URI base, String name, String password) throws Exception {
            User user = new User(base);
            String session = user.send(
                    "POST", "api/v1/session", "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}");
            Matcher token = CSRF.matcher(session);
            if (!token.find()) {
                throw new IllegalStateException("signing in " + name + " answered " + session);
            }
            user.csrf = token.group(1);
            return user;
        }

        String send(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (csrf != null) {
                request.header("X-CSRF-Token", csrf);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        /** Asks for a page as a browser does and reads it whole; ok when it is the page (200, complete). */
        Sample render(Page page) {
            long started = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(base.resolve(page.path()))
                                .header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                ok = answer.statusCode() == 200 && answer.body().contains("</html>");
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ok = false;
            }
            return new Sample(page.name(), System.nanoTime() - started, ok);
        }
    }
}
