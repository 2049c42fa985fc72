package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser suite's Chromium: Debian's {@code chromium} driven through its {@code chromedriver}
 * (never a downloaded browser), headless, one instance with JavaScript and one without for the whole
 * test run (starting Chromium costs a second or two; every browser test shares them). Outside CI a
 * machine without Chromium skips the browser tests with a message; in CI ({@code CI=true}) it fails.
 *
 * <p>What every page of ours is held to: {@link #assertFits} (no horizontal scrolling),
 * {@link #assertAccessible} (axe-core: no serious or critical violation, every input labelled) and
 * {@link #assertNoInternalCodes}. {@link #screenshot} writes docs/screenshots/NAME.png with
 * {@code -Dmentra.screenshots.write=true}.
 */
public final class Browser {

  public static final Dimension DESKTOP = new Dimension(1280, 800);
  public static final Dimension PHONE = new Dimension(390, 844);

  static final String CHROMIUM = System.getProperty("mentra.browser.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("mentra.browser.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("docs", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WebDriver scripted;
  private static WebDriver plain;
  private static String axe;

  private Browser() {}

  /** The shared Chromium with JavaScript, at desktop size; skips (or fails in CI) when there is none. */
  public static synchronized WebDriver withJavaScript() {
    if (scripted == null) {
      scripted = start(true);
    }
    return reset(scripted);
  }

  /** The shared Chromium with JavaScript switched off: what a page does with native HTML alone. */
  public static synchronized WebDriver withoutJavaScript() {
    if (plain == null) {
      plain = start(false);
    }
    return reset(plain);
  }

  /** The shared Chromium as it is now (no reset), e.g. to keep what it shows when a test failed; null before the first. */
  public static synchronized WebDriver current() {
    return scripted;
  }

  private static WebDriver reset(WebDriver driver) {
    driver.manage().deleteAllCookies();
    driver.manage().window().setSize(DESKTOP);
    return driver;
  }

  private static WebDriver start(boolean javaScript) {
    assumeChromium();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,800", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
        "--no-first-run", "--disable-extensions", "--disable-search-engine-choice-screen");
    if (!javaScript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "quit-chromium"));
    return driver;
  }

  private static void assumeChromium() {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (present) {
      return;
    }
    String message = "The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
        + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + " (in CI they are required; .ci/run installs them)");
    }
    System.err.println("SKIPPED browser test: " + message);
    Assumptions.abort(message);
  }

  /** Opens a coordinator page with the given HTTP Basic credentials (the coordinator pages' login). */
  public static void openAs(WebDriver driver, String baseUrl, String user, String password, String path) {
    driver.get(baseUrl.replace("://", "://" + user + ":" + password + "@") + path);
  }

  /** Waits until the condition holds (a rendered form, a list loaded by script). */
  public static <T> T await(WebDriver driver, Function<WebDriver, T> condition) {
    // Tasklist re-renders while it loads: an element found a moment ago may be gone; look again.
    return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  public static String bodyText(WebDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Nothing scrolls sideways: the document is no wider than the window. */
  public static void assertFits(WebDriver driver) {
    List<?> widths = (List<?>) js(driver).executeScript(
        "return [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth];");
    long viewport = ((Number) widths.get(2)).longValue();
    assertThat(((Number) widths.get(0)).longValue()).as("document scroll width at %s px on %s", viewport,
        driver.getCurrentUrl()).isLessThanOrEqualTo(viewport);
    assertThat(((Number) widths.get(1)).longValue()).as("body scroll width at %s px on %s", viewport,
        driver.getCurrentUrl()).isLessThanOrEqualTo(viewport);
  }

  /** axe-core in the page: no serious or critical violation; and every input, select and textarea has a label. */
  public static void assertAccessible(WebDriver driver) {
    assertAccessible(driver, "html");
  }

  /**
   * The same within the part of a page that is ours ({@code .fjs-container}: the Camunda Form we wrote,
   * inside Tasklist, whose own frame is Camunda's).
   */
  public static void assertAccessible(WebDriver driver, String scope) {
    assertLabelled(driver, scope);
    js(driver).executeScript(axeSource());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js(driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document.querySelector(arguments[0]), { resultTypes: ['violations'] })
          .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
          .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
        """, scope);
    assertThat(violations).as("serious or critical accessibility violations (axe-core) on %s",
        driver.getCurrentUrl()).isEmpty();
  }

  /** Every visible form control has a name a screen reader can say: a label, aria-label(ledby) or title. */
  public static void assertLabelled(WebDriver driver, String scope) {
    @SuppressWarnings("unchecked")
    List<String> unlabelled = (List<String>) js(driver).executeScript("""
        return [...document.querySelector(arguments[0]).querySelectorAll('input, select, textarea')]
          .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
          .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
            && !e.getAttribute('aria-labelledby') && !e.getAttribute('title'))
          .map(e => e.outerHTML.slice(0, 160));
        """, scope);
    assertThat(unlabelled).as("form controls without a label on %s", driver.getCurrentUrl()).isEmpty();
  }

  /** What the page shows holds no enum constant or UPPER_SNAKE code (status names are words). */
  public static void assertNoInternalCodes(WebDriver driver) {
    assertThat(VisibleText.codesIn(bodyText(driver))).as("internal codes shown on %s", driver.getCurrentUrl())
        .isEmpty();
  }

  /** The three checks every page of ours passes at the window's current size. */
  public static void assertReadable(WebDriver driver) {
    assertFits(driver);
    assertNoInternalCodes(driver);
    assertAccessible(driver);
  }

  /** docs/screenshots/NAME.png of the window as it is, only with -Dmentra.screenshots.write=true. */
  public static void screenshot(WebDriver driver, String name) {
    if (!Boolean.getBoolean("mentra.screenshots.write")) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves focus with Tab until the element has it (at most {@code presses} times); true when it got there. */
  public static boolean tabTo(WebDriver driver, WebElement target, int presses) {
    js(driver).executeScript("document.activeElement && document.activeElement.blur(); window.focus();");
    for (int i = 0; i < presses; i++) {
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
      if (driver.switchTo().activeElement().equals(target)) {
        return true;
      }
    }
    return false;
  }

  public static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }

  private static synchronized String axeSource() {
    if (axe == null) {
      // The webjar's folder carries its version (the pom's axe-core.version); take whichever is there.
      try {
        org.springframework.core.io.Resource[] found = new org.springframework.core.io.support
            .PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
        if (found.length != 1) {
          throw new IllegalStateException("Expected one axe-core webjar on the test classpath, found " + found.length);
        }
        InputStream in = found[0].getInputStream();
        try (in) {
          axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }
}
