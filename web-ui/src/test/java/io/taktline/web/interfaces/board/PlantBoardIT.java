package io.taktline.web.interfaces.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.web.launch.TaktlineProcess;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The runnable jar as a user starts it ({@code java -jar taktline.jar --port N}), and the plant
 * board as an operator sees it in Chromium: every shop with live values.
 */
class PlantBoardIT {

    private static TaktlineProcess taktline;

    @BeforeAll
    static void startTheDemoPlant() throws Exception {
        taktline = TaktlineProcess.start(
                "board",
                Integer.getInteger("taktline.it.board.port"),
                Map.of("TAKTLINE_SIMULATOR_PORT", System.getProperty("taktline.it.board.simulator.port")));
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
            browser.get(taktline.uri("/").toString());

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
