package io.taktline.web.interfaces.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.web.interfaces.rest.TestAccess;
import io.taktline.web.launch.TaktlineProcess;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
                        TestAccess.ADMIN_PASSWORD));
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

    @Test
    void aNewUserSignsInChangesTheTemporaryPasswordAndSignsOut() throws Exception {
        String admin = TestAccess.admin(taktline.uri("/").toURL());
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(taktline.uri("/api/v1/users"))
                                .header("Authorization", admin)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"li.wei\", \"displayName\":"
                                        + " \"李伟\", \"role\": \"OPERATOR\", \"password\": \"temporary pass 1\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        ChromeDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(taktline.uri("/").toString());
            wait.until(ExpectedConditions.urlContains("login.xhtml"));

            signIn(browser, "li.wei", "not the password");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signIn:messages"), "not right"));

            signIn(browser, "li.wei", "temporary pass 1");
            wait.until(ExpectedConditions.urlContains("password.xhtml"));
            browser.findElement(By.id("password:current")).sendKeys("temporary pass 1");
            browser.findElement(By.id("password:next")).sendKeys("li's own password");
            browser.findElement(By.id("password:repeat")).sendKeys("li's own password");
            browser.findElement(By.id("password:submit")).click();
            wait.until(ExpectedConditions.urlContains("index.xhtml"));
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
