package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: one browser, one user's session. The flags are those
 * this machine needs (no sandbox as root, no background connections to the outside, which are refused here).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final URI root;
    private final Path screenshots;
    private final Path downloads;

    private Browser(ChromeDriver driver, URI root, Path screenshots, Path downloads) {
        this.driver = driver;
        this.root = root;
        this.screenshots = screenshots;
        this.downloads = downloads;
    }

    /** Why no browser can be started here, or {@code null} when Chromium and its driver are installed. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "the end-to-end tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run installs them)";
        }
        return null;
    }

    static Browser open(URI root, Path screenshots, Path work) throws IOException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        Path downloads = Files.createTempDirectory(work, "downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=1280,1024",
                "--lang=en-US",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        return new Browser(driver, root, screenshots, downloads);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of Jenkins, relative to its root URL. */
    Browser go(String path) {
        driver.get(root.resolve(path).toString());
        return this;
    }

    /** Signs in through Jenkins' own login form. */
    Browser login(String user, String password) {
        go("login");
        WebElement name = waitFor(By.name("j_username"));
        name.sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.name("Submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !d.getCurrentUrl().contains("/login")
                        && !d.getCurrentUrl().contains("j_spring_security"));
        return this;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForClickable(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Waits until the element's text contains the given text, and returns the whole text. */
    String waitForText(By by, String text) {
        // the page may be replaced while it is read (a form's answer loading): read it again then
        return new WebDriverWait(driver, Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains(text))
                        .findFirst()
                        .orElse(null));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Scrolls the element into the middle of the view and clicks it as a user would. */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
    }

    /** Saves what the browser shows as {@code name.png} in the screenshot folder. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Saves what the browser shows as {@code name.png} in the given folder (not one of the documentation's). */
    Path screenshotIn(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Makes every following request of this browser wait this long before it is sent (Chrome's network emulation), as
     * on a slow link: pages and their scripts arrive late, while the user goes on.
     */
    Browser slowNetwork(Duration latency) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline",
                        false,
                        "latency",
                        latency.toMillis(),
                        "downloadThroughput",
                        -1,
                        "uploadThroughput",
                        -1));
        return this;
    }

    /** The folder the browser saves downloads in. */
    Path downloads() {
        return downloads;
    }

    /** Quits the browser, leaving what it showed last (picture and HTML) in the work folder for a failing test. */
    @Override
    public void close() {
        try {
            Path last = Files.createDirectories(downloads.getParent().resolve("last-pages"));
            String name = "page-" + System.currentTimeMillis();
            Files.write(last.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(last.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.out.println("[e2e] could not keep the last page: " + e);
        } finally {
            driver.quit();
        }
    }
}
