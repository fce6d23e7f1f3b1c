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
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
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

    @Test
    void showsLiveValuesForAllFiveShops() throws Exception {
        ChromeDriver browser = chromium();
        try {
            browser.get(taktline.uri("/").toString());

            new WebDriverWait(browser, Duration.ofSeconds(90))
                    .until(page -> everyShopIsLive(page.findElements(By.cssSelector("section.shop"))));

            List<WebElement> shops = browser.findElements(By.cssSelector("section.shop"));
            assertThat(shops)
                    .extracting(shop -> shop.getAttribute("data-shop"))
                    .containsExactly("STAMPING", "BODY", "PAINT", "ASSEMBLY", "BATTERY");
            String firstValue =
                    browser.findElement(By.cssSelector(".process-value")).getText();
            assertThat(firstValue).matches("-?\\d+(\\.\\d)?");
            Files.write(Path.of("target", "plant-board.png"), browser.getScreenshotAs(OutputType.BYTES));

            // The board refreshes itself: the updated time moves on without a reload.
            String updated = browser.findElement(By.id("updatedAt")).getText();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(page ->
                            !page.findElement(By.id("updatedAt")).getText().equals(updated));
        } finally {
            browser.quit();
        }
    }

    /** Every shop shows stations with a state other than offline, a part count and a process value. */
    private static boolean everyShopIsLive(List<WebElement> shops) {
        if (shops.size() != 5) {
            return false;
        }
        for (WebElement shop : shops) {
            List<WebElement> stations = shop.findElements(By.cssSelector(".station"));
            boolean live = !stations.isEmpty()
                    && stations.stream().allMatch(station -> {
                        String state =
                                station.findElement(By.cssSelector(".state")).getAttribute("data-state");
                        String parts = station.findElement(By.cssSelector(".part-count"))
                                .getText();
                        String value = station.findElement(By.cssSelector(".process-value"))
                                .getText();
                        return !"OFFLINE".equals(state) && parts.matches("\\d+") && !value.equals("—");
                    });
            if (!live) {
                return false;
            }
        }
        return true;
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
