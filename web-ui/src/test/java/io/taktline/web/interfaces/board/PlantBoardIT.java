package io.taktline.web.interfaces.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.web.interfaces.rest.TestAccess;
import io.taktline.web.launch.TaktlineProcess;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The runnable jar as a user starts it ({@code java -jar taktline.jar --port N}), and the plant
 * board as an operator sees it in Chromium: every shop with live values; signing in and out,
 * the password change a new user must make, and a page a role may not open.
 */
class PlantBoardIT {

    private static TaktlineProcess taktline;

    @BeforeAll
    static void startTheDemoPlant() throws Exception {
        taktline = TaktlineProcess.start(
                "board",
                Integer.getInteger("taktline.it.board.port"),
                Map.of(
                        "TAKTLINE_SIMULATOR_PORT",
                        System.getProperty("taktline.it.board.simulator.port"),
                        "TAKTLINE_ADMIN_PASSWORD",
                        TestAccess.ADMIN_PASSWORD),
                PlantBoardIT::aServerCertificateWaitsForTrust);
    }

    /**
     * A PLC's server certificate in the trust list's rejected folder, as a connector leaves one it
     * was offered and refused: made with the JDK's keytool, named by its SHA-1 thumbprint.
     */
    private static void aServerCertificateWaitsForTrust(Path data) throws Exception {
        Path rejected = Files.createDirectories(data.resolve("certificates").resolve("rejected"));
        Path keyStore = data.resolve("plc-tr1.p12");
        Path certificate = data.resolve("plc-tr1.der");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-alias",
                "plc",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "365",
                "-dname",
                "CN=PLC TR1, O=Taktline IT",
                "-ext",
                "SAN=uri:urn:plant1:tr1:plc",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                "changeit");
        run(
                keytool,
                "-exportcert",
                "-alias",
                "plc",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                "changeit",
                "-file",
                certificate.toString());
        byte[] der = Files.readAllBytes(certificate);
        String thumbprint = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(der));
        Files.write(rejected.resolve(thumbprint + ".der"), der);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    @AfterAll
    static void stopTheDemoPlant() throws Exception {
        if (taktline != null) {
            taktline.close();
        }
    }

    /**
     * Reads the board in one script, so that the 2 s refresh cannot replace the page halfway
     * through: per shop, its code and whether every station shows a state other than offline, a
     * part count and a process value.
     */
    private static final String READ_BOARD = """
            return Array.from(document.querySelectorAll('section.shop')).map(shop => ({
              code: shop.getAttribute('data-shop'),
              stations: shop.querySelectorAll('.station').length,
              live: Array.from(shop.querySelectorAll('.station')).every(station =>
                  station.querySelector('.state').getAttribute('data-state') !== 'OFFLINE'
                  && /^\\d+$/.test(station.querySelector('.part-count').textContent.trim())
                  && /^-?\\d+(\\.\\d)?$/.test(station.querySelector('.process-value').textContent.trim()))
            }));
            """;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readBoard(ChromeDriver browser) {
        return (List<Map<String, Object>>) browser.executeScript(READ_BOARD);
    }

    @Test
    void showsLiveValuesForAllFiveShops() throws Exception {
        ChromeDriver browser = chromium();
        try {
            browser.get(
                    taktline.uri("/kiosk/" + TestAccess.secret(taktline.uri("/").toURL(), "BOARD"))
                            .toString());

            new WebDriverWait(browser, Duration.ofSeconds(90)).until(page -> {
                List<Map<String, Object>> shops = readBoard(browser);
                return shops.size() == 5 && shops.stream().allMatch(shop -> Boolean.TRUE.equals(shop.get("live")));
            });

            List<Map<String, Object>> shops = readBoard(browser);
            assertThat(shops)
                    .extracting(shop -> shop.get("code"))
                    .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
            assertThat(shops)
                    .allSatisfy(shop -> assertThat((Long) shop.get("stations")).isPositive());
            Files.write(Path.of("target", "plant-board.png"), browser.getScreenshotAs(OutputType.BYTES));

            // The board refreshes itself: the updated time moves on without a reload.
            String updated = (String) browser.executeScript("return document.getElementById('updatedAt').textContent");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(page -> !updated.equals(
                            browser.executeScript("return document.getElementById('updatedAt').textContent")));
        } finally {
            browser.quit();
        }
    }

    /**
     * The line's andon board on the TV above the line, opened by its kiosk link in Chinese: the
     * tiles carry the states in Chinese, and a station's state change reaches the page as a pushed
     * event (no reload, no poll), measured from the PLC's source time of the change to the moment
     * the page showed it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theLineBoardIsPushedToTheScreenAboveTheLine() throws Exception {
        long line = lineId("ASSEMBLY/TR1");
        ChromeDriver browser = chromium();
        try {
            browser.get(taktline.uri("/kiosk/"
                            + TestAccess.secret(taktline.uri("/").toURL(), "BOARD") + "?line=" + line + "&lang=zh-CN")
                    .toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("line.xhtml"));
            assertThat(browser.getCurrentUrl()).contains("screen=big");
            browser.executeScript("window.notReloaded = true;");
            wait.until(
                    page -> ((Number) browser.executeScript("return window.taktlineBoard.snapshots")).intValue() >= 2);

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("zh-CN");
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                    .contains("big-screen");
            assertThat(browser.findElements(By.cssSelector(".tile"))).hasSizeGreaterThan(10);
            assertThat(browser.findElement(By.cssSelector(".tile[data-state='RUNNING'] .tile-state"))
                            .getText())
                    .isEqualTo("运行");
            assertThat(browser.findElement(By.cssSelector(".figures")).getText())
                    .contains("节拍", "应完成", "实际");

            // An operator's andon call shows on the board at once, and goes when it is closed.
            long station =
                    Long.parseLong(browser.findElement(By.cssSelector(".tile")).getAttribute("data-station"));
            HttpResponse<String> onTheLine =
                    operator("POST", "/api/v1/andon", "{\"station\": " + line + ", \"kind\": \"HELP\"}");
            assertThat(onTheLine.statusCode()).as(onTheLine.body()).isEqualTo(400);
            assertThat(onTheLine.body()).contains("not a station");
            HttpResponse<String> coffee =
                    operator("POST", "/api/v1/andon", "{\"station\": " + station + ", \"kind\": \"COFFEE\"}");
            assertThat(coffee.statusCode()).isEqualTo(400);
            assertThat(coffee.body()).contains("field 'kind' is 'COFFEE'; give one of [HELP, MATERIAL");
            HttpResponse<String> raised = operator(
                    "POST",
                    "/api/v1/andon",
                    "{\"station\": " + station + ", \"kind\": \"MATERIAL\", \"note\": \"<b>clips</b>\"}");
            assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
            long call;
            try (jakarta.json.JsonReader reader =
                    jakarta.json.Json.createReader(new java.io.StringReader(raised.body()))) {
                call = reader.readObject().getJsonNumber("id").longValue();
            }
            assertThat(operator("POST", "/api/v1/andon", "{\"station\": " + station + ", \"kind\": \"MATERIAL\"}")
                            .statusCode())
                    .isEqualTo(409);
            By callShown = By.cssSelector("#calls li[data-call='" + call + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(callShown));
            assertThat(browser.findElement(callShown).getText()).contains("物料", "等待响应");
            assertThat(browser.findElement(By.cssSelector(".tile[data-station='" + station + "']"))
                            .getAttribute("class"))
                    .contains("andon");
            assertThat(operator("PUT", "/api/v1/andon/" + call + "/acknowledge", null)
                            .statusCode())
                    .isEqualTo(200);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(callShown, "已响应"));
            assertThat(operator("PUT", "/api/v1/andon/" + call + "/close", null).statusCode())
                    .isEqualTo(200);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(callShown));
            HttpResponse<String> again = operator("PUT", "/api/v1/andon/" + call + "/close", null);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("was closed by");

            List<Long> latencies = new java.util.ArrayList<>();
            long seen = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (latencies.size() < 5 && System.nanoTime() < deadline) {
                Map<String, Object> last =
                        (Map<String, Object>) browser.executeScript("var s = window.taktlineBoard; return s.stations > "
                                + seen + " ? {n: s.stations, e: s.lastStation} : null");
                if (last == null) {
                    Thread.sleep(100);
                    continue;
                }
                seen = (Long) last.get("n");
                Map<String, Object> event = (Map<String, Object>) last.get("e");
                String shown = browser.findElement(By.cssSelector(".tile[data-station='" + event.get("id") + "']"))
                        .getAttribute("data-state");
                assertThat(shown).isEqualTo(event.get("state"));
                if (event.get("since") != null) {
                    latencies.add(
                            ((Number) event.get("shownAt")).longValue() - ((Number) event.get("since")).longValue());
                }
            }
            assertThat(latencies)
                    .as("station state changes pushed to the board in 90 s")
                    .isNotEmpty();
            assertThat(browser.executeScript("return window.notReloaded === true"))
                    .isEqualTo(true);
            HttpResponse<String> metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(taktline.uri("/metrics"))
                                    .header(
                                            "Authorization",
                                            TestAccess.bearer(taktline.uri("/").toURL(), "VIEWER"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher connected = java.util.regex.Pattern.compile(
                            "(?m)^taktline_board_screens(?:\\{[^}]*\\})? ([0-9.]+)$")
                    .matcher(metrics.body());
            assertThat(connected.find()).as(metrics.body()).isTrue();
            assertThat(Double.parseDouble(connected.group(1))).isGreaterThanOrEqualTo(1);
            System.out.println("line board: PLC state change to on screen, ms: " + latencies);
            Files.writeString(Path.of("target", "line-board-latency.txt"), latencies + System.lineSeparator());
            Files.write(Path.of("target", "line-board-big-zh.png"), browser.getScreenshotAs(OutputType.BYTES));
            // In Chinese no English is left: every word on the board that is not the plant's own data
            // (asset, shift and reason names, which are what the model says) is translated.
            String text = (String) browser.executeScript("var body = document.body.cloneNode(true);"
                    + " body.querySelectorAll('#labels, #lineName, .shop-name, .shift-name, .zone, .tile-name,"
                    + " .stop-station, .stop-reason, .call-station, .call-note, script, style')"
                    + ".forEach(function (e) { e.remove(); }); return body.textContent;");
            assertThat(java.util.regex.Pattern.compile("\\b[A-Za-z]{2,}\\b")
                            .matcher(text)
                            .results()
                            .map(java.util.regex.MatchResult::group)
                            .toList())
                    .as(text)
                    .isEmpty();

            browser.get(taktline.uri("/line.xhtml?line=abc&lang=en").toString());
            assertThat(browser.findElement(By.id("refused")).getText())
                    .contains("'abc' is not a line id", "Plant board");
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<String> operator(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(taktline.uri(path))
                                .header(
                                        "Authorization",
                                        TestAccess.bearer(taktline.uri("/").toURL(), "OPERATOR"))
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        body == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long lineId(String pathEnd) throws Exception {
        HttpResponse<String> lines = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(taktline.uri("/api/v1/assets?level=LINE"))
                                .header(
                                        "Authorization",
                                        TestAccess.bearer(taktline.uri("/").toURL(), "VIEWER"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(lines.body()))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(l -> l.getString("path").endsWith(pathEnd))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** An operator at the line's tablet raises a call, sees it listed in Chinese and closes it. */
    @Test
    void anOperatorRaisesAndClosesACallFromTheTablet() throws Exception {
        createOperator("wang.fang", "王芳", "temporary pass 2");
        long line = lineId("BODY/UB1");
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(
                    taktline.uri("/andon.xhtml?line=" + line + "&lang=zh-CN").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            signInTheFirstTime(browser, "wang.fang", "temporary pass 2", "wang's own password");

            browser.get(
                    taktline.uri("/andon.xhtml?line=" + line + "&lang=zh-CN").toString());
            String station = browser.findElement(By.cssSelector(".raise-row .raise-station"))
                    .getText();
            browser.findElement(By.cssSelector(".raise-row .kind-quality")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("andon:messages"), "发起呼叫"));
            WebElement listed = browser.findElement(By.cssSelector(".calls li.call"));
            assertThat(listed.getText()).contains("质量", station, "等待响应", "wang.fang");
            Files.write(Path.of("target", "andon-tablet-zh.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.cssSelector(".raise-row .kind-quality")).click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("andon:messages"), "open QUALITY call"));
            browser.findElement(By.cssSelector(".calls li.call input[value='关闭']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("andon:messages"), "已关闭"));
            assertThat(browser.findElements(By.cssSelector(".calls li.call"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * An operator gives a stop its reason in the picker, comments it, splits it and merges the parts
     * back, all in the browser; the API shows each change, with the operator as its author.
     */
    @Test
    void anOperatorClassifiesCommentsSplitsAndMergesAStop() throws Exception {
        createOperator("li.lei", "李雷", "temporary pass 3");
        JsonObject stop = closedStopOfAtLeast(Duration.ofSeconds(6));
        long id = stop.getJsonNumber("id").longValue();
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(taktline.uri("/downtime.xhtml?view=all&lang=en").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            signInTheFirstTime(browser, "li.lei", "temporary pass 3", "li lei's own password");

            browser.get(taktline.uri("/downtime.xhtml?view=all&lang=en").toString());
            assertThat(browser.findElements(By.cssSelector("table.stops tr.stop")))
                    .isNotEmpty();
            wait.until(page -> ((Number) browser.executeScript(
                                    "return window.taktlineAwaiting ? window.taktlineAwaiting.events : 0"))
                            .intValue()
                    >= 1);
            assertThat(browser.findElement(By.id("awaitingBadge")).getText()).matches("\\d+ stops await a reason");

            // The picker: the tree by category; a tap gives the reason.
            browser.get(taktline.uri("/downtime.xhtml?view=all&stop=" + id).toString());
            assertThat(browser.findElement(By.cssSelector("#picker h2")).getText())
                    .startsWith("Why did ");
            WebElement choice =
                    browser.findElements(By.cssSelector("#picker .choice")).get(1);
            String reason = choice.getAttribute("data-reason");
            choice.click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("downtime:messages"), "has its reason"));
            assertThat(browser.findElements(By.id("picker"))).isEmpty();
            JsonObject classified = stopById(id);
            assertThat(classified.getJsonObject("reason").getString("code")).isEqualTo(reason);
            assertThat(classified.getString("source")).isEqualTo("OPERATOR");
            assertThat(classified.getString("classifiedBy")).isEqualTo("li.lei");

            // A comment is kept as written and shown as text.
            browser.get(taktline.uri("/downtime.xhtml?view=all&stop=" + id).toString());
            assertThat(browser.findElement(By.cssSelector("#picker .choices.frequent .choice"))
                            .getAttribute("data-reason"))
                    .isEqualTo(reason);
            String comment = "<script>alert(1)</script> clip feeder jammed";
            browser.findElement(By.id("downtime:comment")).clear();
            browser.findElement(By.id("downtime:comment")).sendKeys(comment);
            browser.findElement(By.id("downtime:saveComment")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("downtime:messages"), "Comment saved"));
            assertThat(stopById(id).getString("comment")).isEqualTo(comment);
            assertThat(browser.findElement(By.cssSelector("tr.stop[data-stop='" + id + "'] td.comment"))
                            .getText())
                    .isEqualTo(comment);

            // A bad split time is refused and names what to give; a good one splits the stop in two.
            browser.get(taktline.uri("/downtime.xhtml?view=all&stop=" + id).toString());
            browser.findElement(By.id("downtime:splitAt")).sendKeys("25:99");
            browser.findElement(By.id("downtime:split")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("downtime:messages"), "HH:mm:ss"));
            Instant start = Instant.parse(stop.getString("start"));
            Instant at =
                    start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(3);
            browser.findElement(By.id("downtime:splitAt")).clear();
            browser.findElement(By.id("downtime:splitAt"))
                    .sendKeys(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                            .format(at.atZone(java.time.ZoneOffset.UTC)));
            browser.findElement(By.id("downtime:split")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("downtime:messages"), "is split at"));
            List<JsonObject> parts =
                    stopsOf(stop.getJsonNumber("assetId").longValue(), start, Instant.parse(stop.getString("end")));
            assertThat(parts).hasSize(2);
            assertThat(parts.get(1).getString("start")).isEqualTo(at.toString());
            Files.write(Path.of("target", "downtime-list-en.png"), browser.getScreenshotAs(OutputType.BYTES));

            // Ticked in the list, the parts merge back into one.
            for (JsonObject part : parts) {
                browser.executeScript("document.querySelector(\"input[name='merge'][value='"
                        + part.getJsonNumber("id").longValue() + "']\").checked = true;");
            }
            browser.findElement(By.id("downtime:merge")).click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("downtime:messages"), "merged into one"));
            assertThat(stopsOf(stop.getJsonNumber("assetId").longValue(), start, Instant.parse(stop.getString("end"))))
                    .singleElement()
                    .satisfies(merged ->
                            assertThat(merged.getJsonNumber("id").longValue()).isEqualTo(id));

            browser.get(taktline.uri("/downtime.xhtml?view=all&stop=" + id + "&lang=zh-CN")
                    .toString());
            assertThat(browser.findElement(By.cssSelector("#picker h2")).getText())
                    .contains("为何停机");
            assertThat(browser.findElement(By.cssSelector("table.stops th:nth-child(2)"))
                            .getText())
                    .isEqualTo("工位");
            Files.write(Path.of("target", "downtime-picker-zh.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    /**
     * From the plant's figures down through a shop and a line (its OEE explained by the formula and the
     * loss waterfall) to a station and one of its stops, one click per level.
     */
    @Test
    void drillsDownFromThePlantToOneStop() throws Exception {
        // The path of a station that had a stop: TAKTLINE/PLANT1/<shop>/<line>/<station>[/<equipment>].
        List<String> path = List.of(closedStopOfAtLeast(Duration.ofSeconds(1))
                .getString("assetPath")
                .split("/"));
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(taktline.uri("/index.xhtml?lang=en").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            signIn(browser, "admin", TestAccess.ADMIN_PASSWORD);
            wait.until(ExpectedConditions.urlContains("index.xhtml"));

            browser.findElement(By.id("plantFigures")).click();
            wait.until(ExpectedConditions.urlContains("asset.xhtml"));
            assertThat(browser.findElement(By.cssSelector(".figure-oee .figure-value"))
                            .getText())
                    .matches("\\d+\\.\\d %");
            clickChild(browser, wait, path.get(1));
            clickChild(browser, wait, path.get(2));
            clickChild(browser, wait, path.get(3));
            assertThat(browser.findElement(By.cssSelector(".asset h1 .level")).getText())
                    .isEqualTo("line");
            assertThat(browser.findElements(By.cssSelector("#breadcrumbs a.crumb")))
                    .hasSize(3);
            assertThat(browser.findElement(By.id("why-availability")).getText())
                    .matches("Availability = actual production time ÷ planned busy time = \\d+:\\d\\d:\\d\\d ÷"
                            + " \\d+:\\d\\d:\\d\\d = \\d+\\.\\d %");
            assertThat(browser.findElements(By.cssSelector("#waterfall tr.step")))
                    .extracting(row -> row.getAttribute("data-kind"))
                    .startsWith("PERIOD", "PLANNED_DOWN", "PLANNED_BUSY")
                    .contains("UNPLANNED_DOWN", "ACTUAL_PRODUCTION");
            Files.write(Path.of("target", "asset-line-en.png"), browser.getScreenshotAs(OutputType.BYTES));
            String lineUrl = browser.getCurrentUrl();

            clickChild(browser, wait, path.get(4));
            // A station's page: its states over the window, its measured values as trends, its live values.
            assertThat(browser.findElements(By.cssSelector("#timeline .timeline-row")))
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#timeline .segment")))
                    .extracting(segment -> segment.getAttribute("data-state"))
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#trends figure.trend")))
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#liveValues tbody tr")))
                    .isNotEmpty();
            Files.write(Path.of("target", "asset-station-en.png"), browser.getScreenshotAs(OutputType.BYTES));
            WebElement stop = browser.findElement(By.cssSelector("#stops tr[data-stop]"));
            String stopId = stop.getAttribute("data-stop");
            stop.findElement(By.cssSelector("a.stop-link")).click();
            wait.until(ExpectedConditions.urlContains("downtime.xhtml"));
            assertThat(browser.findElement(By.id("picker")).getAttribute("data-stop"))
                    .isEqualTo(stopId);
            assertThat(browser.findElement(By.cssSelector("#picker .stop-facts"))
                            .getText())
                    .contains("Duration", "Reason");

            browser.get(lineUrl + "&lang=zh-CN");
            assertThat(browser.findElement(By.cssSelector(".why h2")).getText()).isEqualTo("为什么是这个 OEE？");
            assertThat(browser.findElement(By.cssSelector(".asset h1 .level")).getText())
                    .isEqualTo("产线");
            Files.write(Path.of("target", "asset-line-zh.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    /**
     * The admin adds a user, issues a kiosk screen link (its secret shown once) and revokes it, and
     * reads each step in the audit trail, all on the admin page.
     */
    @Test
    void anAdminAddsAUserIssuesAndRevokesAScreenLink() throws Exception {
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = signedInAsAdmin(browser, "/admin.xhtml?lang=en");

            browser.findElement(By.id("admin:username")).sendKeys("zhao.min");
            browser.findElement(By.id("admin:displayName")).sendKeys("赵敏 <i>");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("admin:role")))
                    .selectByValue("ENGINEER");
            browser.findElement(By.id("admin:password")).sendKeys("temporary pass 5");
            browser.findElement(By.id("admin:addUser")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin:messages"), "zhao.min added"));
            WebElement row = browser.findElement(By.cssSelector("#users tr[data-user='zhao.min']"));
            assertThat(row.getText()).contains("赵敏 <i>", "must change password");
            assertThat(browser.findElement(By.id("admin:username")).getAttribute("value"))
                    .isEmpty();

            browser.findElement(By.id("admin:tokenName")).sendKeys("TR1 screen");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("admin:tokenKind")))
                    .selectByValue("SCREEN");
            browser.findElement(By.id("admin:issueToken")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issuedLink")));
            String link = browser.findElement(By.id("issuedLink")).getText();
            assertThat(link).contains("/kiosk/");
            Files.write(Path.of("target", "admin-en.png"), browser.getScreenshotAs(OutputType.BYTES));
            HttpResponse<String> screen = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(screen.statusCode()).isIn(302, 303);

            WebElement token = browser.findElements(By.cssSelector("#tokens tbody tr")).stream()
                    .filter(r -> r.getText().contains("TR1 screen"))
                    .findFirst()
                    .orElseThrow();
            token.findElement(By.cssSelector("input[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin:messages"), "Revoked"));
            assertThat(HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(java.net.URI.create(link))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(404);

            browser.get(taktline.uri("/admin.xhtml?actor=admin&lang=zh-CN").toString());
            assertThat(browser.findElement(By.cssSelector("#audit h2")).getText())
                    .isEqualTo("审计记录");
            assertThat(browser.findElement(By.cssSelector("#audit tbody")).getText())
                    .contains("zhao.min", "TR1 screen");
        } finally {
            browser.quit();
        }
    }

    /** An engineer trusts the PLC certificate that waits on the connectors page; the trust list and the audit show it. */
    @Test
    void anEngineerTrustsAWaitingServerCertificate() throws Exception {
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = signedInAsAdmin(browser, "/connectors.xhtml?lang=en");

            assertThat(browser.findElement(By.cssSelector("#endpoints tr[data-endpoint='simulator']"))
                            .getAttribute("data-state"))
                    .isEqualTo("CONNECTED");
            assertThat(browser.findElement(By.id("clientCertificate")).getText())
                    .contains("Taktline");
            WebElement waiting = browser.findElement(By.cssSelector("#rejected tbody tr"));
            String thumbprint = waiting.getAttribute("data-thumbprint");
            assertThat(waiting.getText()).contains("CN=PLC TR1", "urn:plant1:tr1:plc");
            Files.write(Path.of("target", "connectors-en.png"), browser.getScreenshotAs(OutputType.BYTES));
            waiting.findElement(By.cssSelector("input[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connectors:messages"), "Trusted"));
            assertThat(browser.findElement(By.cssSelector("#trusted tr[data-thumbprint='" + thumbprint + "']"))
                            .getText())
                    .contains("CN=PLC TR1");
            assertThat(browser.findElements(By.cssSelector("#rejected tbody tr")))
                    .isEmpty();

            HttpResponse<String> audit = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(taktline.uri("/api/v1/audit?entity=certificate"))
                                    .header(
                                            "Authorization",
                                            TestAccess.admin(taktline.uri("/").toURL()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(audit.body()).contains("CERTIFICATE_TRUSTED", thumbprint, "\"actor\":\"admin\"");
        } finally {
            browser.quit();
        }
    }

    /**
     * An engineer sets next week's demand of a shift in the week view, and an overtime that clashes
     * with a shift is refused naming it, as the API's 409 does.
     */
    @Test
    void anEngineerPlansNextWeekAndSeesAnOvertimeClash() throws Exception {
        long line = lineId("ASSEMBLY/TR1");
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait =
                    signedInAsAdmin(browser, "/shifts.xhtml?line=" + line + "&week=" + monday + "&lang=en");
            assertThat(browser.findElements(By.cssSelector("#week .day"))).hasSize(7);
            WebElement first = browser.findElement(By.cssSelector("#week .day .slot"));
            String shift = first.getAttribute("data-shift");
            WebElement demand = first.findElement(By.cssSelector("input[name='demand-" + shift + "']"));
            demand.clear();
            demand.sendKeys("321");
            browser.findElement(By.id("shifts:savePlan")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("shifts:messages"), "Plan saved. Shifts changed: 1."));
            assertThat(browser.findElement(By.cssSelector("input[name='demand-" + shift + "']"))
                            .getAttribute("value"))
                    .isEqualTo("321");
            HttpResponse<String> shifts = operator(
                    "GET",
                    "/api/v1/lines/" + line + "/shifts?from=" + monday + "T00:00:00Z&to=" + monday + "T12:00:00Z",
                    null);
            assertThat(shifts.body()).contains("\"demand\":321");
            Files.write(Path.of("target", "shifts-week-en.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.id("shifts:otName")).sendKeys("EXTRA");
            browser.findElement(By.id("shifts:otDay")).sendKeys(monday.toString());
            browser.findElement(By.id("shifts:otStart")).sendKeys("07:00");
            browser.findElement(By.id("shifts:otEnd")).sendKeys("09:00");
            browser.findElement(By.id("shifts:addOvertime")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shifts:messages"), "Not done"));
            assertThat(browser.findElement(By.id("shifts:messages")).getText()).contains("EARLY");
        } finally {
            browser.quit();
        }
    }

    /** Clicks the asset beneath the one shown that has this code, and waits for its page. */
    private static void clickChild(ChromeDriver browser, WebDriverWait wait, String code) {
        WebElement row = browser.findElement(By.cssSelector("#children tbody tr[data-code='" + code + "']"));
        String id = row.getAttribute("data-asset");
        row.findElement(By.cssSelector("a.child-link")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("main.asset"), "data-asset", id));
    }

    /** A closed stop of the demo plant that lasted at least {@code least}, waiting for one to happen. */
    private static JsonObject closedStopOfAtLeast(Duration least) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> listed = operator("GET", "/api/v1/downtime", null);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            Optional<JsonObject> found = jsonArray(listed.body()).stream()
                    .filter(s -> !s.isNull("end"))
                    .filter(s -> s.getJsonNumber("durationSeconds").doubleValue() >= least.toSeconds())
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("no stop of " + least + " or longer in the demo plant within 3 minutes");
    }

    private static JsonObject stopById(long id) throws Exception {
        HttpResponse<String> listed = operator("GET", "/api/v1/downtime", null);
        return jsonArray(listed.body()).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("stop " + id + " is not listed: " + listed.body()));
    }

    private static List<JsonObject> stopsOf(long asset, Instant from, Instant to) throws Exception {
        HttpResponse<String> listed =
                operator("GET", "/api/v1/downtime?asset=" + asset + "&from=" + from + "&to=" + to, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        // The stops of the asset itself, not of its equipment.
        return jsonArray(listed.body()).stream()
                .filter(s -> s.getJsonNumber("assetId").longValue() == asset)
                .toList();
    }

    private static List<JsonObject> jsonArray(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    @Test
    void aNewUserSignsInChangesTheTemporaryPasswordAndSignsOut() throws Exception {
        createOperator("li.wei", "李伟", "temporary pass 1");
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(taktline.uri("/").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));

            signIn(browser, "li.wei", "not the password");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signIn:messages"), "not right"));

            signInTheFirstTime(browser, "li.wei", "temporary pass 1", "li's own password");
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("sessionBar:who"), "li.wei (OPERATOR)"));
            Files.write(Path.of("target", "signed-in-board.png"), browser.getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.id("sessionBar:signOut")).click();
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            browser.get(taktline.uri("/index.xhtml").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void healthIsOpenToProbesAndMetricsNeedAViewer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = taktline.get("/health");
        HttpResponse<String> anonymous = taktline.get("/metrics");
        HttpResponse<String> screen = http.send(
                HttpRequest.newBuilder(taktline.uri("/metrics"))
                        .header(
                                "Authorization",
                                TestAccess.bearer(taktline.uri("/").toURL(), "BOARD"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> viewer = http.send(
                HttpRequest.newBuilder(taktline.uri("/metrics"))
                        .header(
                                "Authorization",
                                TestAccess.bearer(taktline.uri("/").toURL(), "VIEWER"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"name\":\"database\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":401", "VIEWER", "Bearer");
        assertThat(screen.statusCode()).isEqualTo(403);
        assertThat(screen.body()).contains("\"status\":403");
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("taktline_historian");
    }

    @Test
    void aScreenMayNotOpenThePasswordPage() throws Exception {
        ChromeDriver browser = chromium();
        try {
            browser.get(
                    taktline.uri("/kiosk/" + TestAccess.secret(taktline.uri("/").toURL(), "BOARD"))
                            .toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("index.xhtml"));
            browser.get(taktline.uri("/password.xhtml").toString());

            String refusal = browser.findElement(By.id("forbidden")).getText();
            assertThat(refusal).contains("screen:it BOARD", "may not open this page", "VIEWER");
        } finally {
            browser.quit();
        }
    }

    private static void createOperator(String username, String displayName, String temporaryPassword) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(taktline.uri("/api/v1/users"))
                                .header(
                                        "Authorization",
                                        TestAccess.admin(taktline.uri("/").toURL()))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username
                                        + "\", \"displayName\": \"" + displayName
                                        + "\", \"role\": \"OPERATOR\", \"password\": \"" + temporaryPassword
                                        + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Signs in with the temporary password an admin gave, and changes it as the page asks. */
    private static void signInTheFirstTime(ChromeDriver browser, String user, String temporary, String own) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(browser, user, temporary);
        wait.until(ExpectedConditions.urlContains("password.xhtml"));
        browser.findElement(By.id("password:current")).sendKeys(temporary);
        browser.findElement(By.id("password:next")).sendKeys(own);
        browser.findElement(By.id("password:repeat")).sendKeys(own);
        browser.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /** Opens a page, signs in as the admin where it asks, and waits until the page is back. */
    private static WebDriverWait signedInAsAdmin(ChromeDriver browser, String page) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(taktline.uri(page).toString());
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        signIn(browser, "admin", TestAccess.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains(page.substring(1, page.indexOf('?'))));
        return wait;
    }

    private static void signIn(ChromeDriver browser, String user, String password) {
        browser.findElement(By.id("signIn:username")).clear();
        browser.findElement(By.id("signIn:username")).sendKeys(user);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
    }

    private static ChromeDriver chromium() {
        File driver = new File("/usr/bin/chromedriver");
        File binary = new File("/usr/bin/chromium");
        assertThat(driver).as("chromedriver; run bin/install-test-tools").exists();
        assertThat(binary).as("chromium; run bin/install-test-tools").exists();
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1600,1000");
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }
}
