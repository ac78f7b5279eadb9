package vn.thidua.itests.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, through {@code /usr/bin/chromedriver}: nothing downloaded) with
 * its own profile, and what the tests do with it: sign in, wait for an element, type as a user
 * types, run axe-core on the page, call the application's own endpoints from the page.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3") + "/axe.min.js";

    final ChromeDriver driver;
    final String base;
    private final Path profile;
    private final WebDriverWait wait;

    Browser(String base, int width, int height) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("thidua-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        resize(width, height);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void signIn(String user, String password) {
        driver.get(base + "/login");
        type(find(By.id("username")), user);
        type(find(By.id("password")), password);
        driver.findElement(By.id("sign-in")).click();
        waitText(By.id("who"), user);
    }

    void go(String hash) {
        driver.get(base + "/" + hash);
    }

    /**
     * Loads the application afresh at the hash, so that the page is rendered once. Right after signing in,
     * {@link #go} to the page the application lands on renders that page twice (the landing route's, then the
     * hash's) when the first finished before the hash changed, and the second replaces what a test found in the
     * first (a stale select in CI on a busy machine).
     */
    void load(String hash) {
        driver.get(base + "/?load=" + System.nanoTime() + hash);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks a control that makes the page render again (a filter's submit) and waits until it did:
     * the old page's heading gone. Without this a wait for a text the old page also shows passes at
     * once, and what is read next can be replaced while it is read.
     */
    void clickAndWaitForRender(By control) {
        WebElement heading = find(By.cssSelector("main h1"));
        find(control).click();
        wait.until(ExpectedConditions.stalenessOf(heading));
    }

    void waitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitGone(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits until a script of the page returns true (a state no single element's text shows: where the focus is). */
    void waitUntil(String js, Object... args) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(js, args)));
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty() && driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Replaces the control's text as a user does: select all, then type. */
    static void type(WebElement element, String text) {
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        element.sendKeys(Keys.DELETE);
        element.sendKeys(text);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A fetch from the page, with its session cookie: {status, size, head (first bytes as hex)}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String method, String url, Map<String, String> headers, String body) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const [m, u, h, b, done] = arguments;"
                        + "fetch(u, {method: m, headers: h, body: b, credentials: 'same-origin'})"
                        + ".then(async r => { const buf = new Uint8Array(await r.arrayBuffer());"
                        + " done({status: r.status, size: buf.length, type: r.headers.get('Content-Type') || '',"
                        + " disposition: r.headers.get('Content-Disposition') || '',"
                        + " head: Array.from(buf.slice(0, 8)).map(x => x.toString(16).padStart(2, '0')).join(''),"
                        + " text: buf.length < 4000 ? new TextDecoder().decode(buf) : ''}); })"
                        + ".catch(e => done({status: -1, error: String(e)}));",
                method, url, headers, body);
    }

    /** axe-core's violations of the page: id, impact and where. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axe() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IOException("axe-core not on the test classpath: " + AXE);
                }
                script(new String(in.readAllBytes(), UTF_8));
            }
        }
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                        + " id: v.id, impact: v.impact, help: v.help,"
                        + " where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), where: ''}]));");
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
