package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A one-click page as the person who clicked the link in their mail sees it: on a laptop (1280×800)
 * and on a phone (390×844), with JavaScript and without. Every purpose's browser test goes through
 * {@link #assertChoicePage}, applies the choice with {@link #submitWithoutJavaScript} and checks its
 * kind refusals with {@link #assertKindRefusal}.
 */
public final class OneClickPages {

  private OneClickPages() {}

  /**
   * The link's page, at both sizes and without JavaScript: a choice already made (where it offers
   * options, the link's is checked), one button that posts the form natively, every check of
   * {@link Browser#assertReadable}; and the button is reached with Tab and pressed with Enter
   * ({@link #assertButtonReachableByKeyboard}). Writes the screenshots {@code name}-desktop
   * and {@code name}-phone. Opening the page changes nothing, so it may be opened again and again.
   */
  public static void assertChoicePage(String url, String name) {
    assertPage(url, name, true);
  }

  /**
   * A page whose link carries no choice (one "Give feedback" link in the mail): it asks, with nothing
   * pre-selected; otherwise the same as {@link #assertChoicePage}.
   */
  public static void assertQuestionPage(String url, String name) {
    assertPage(url, name, false);
  }

  private static void assertPage(String url, String name, boolean preselected) {
    WebDriver driver = Browser.withJavaScript();
    driver.get(url);
    assertOneFormWithOneButtonAndAChoice(driver, preselected);
    Browser.assertReadable(driver);
    Browser.screenshot(driver, name + "-desktop");
    driver.manage().window().setSize(Browser.PHONE);
    driver.navigate().refresh();
    Browser.assertReadable(driver);
    Browser.screenshot(driver, name + "-phone");
    assertButtonReachableByKeyboard(driver);

    WebDriver plain = Browser.withoutJavaScript();
    plain.manage().window().setSize(Browser.PHONE);
    plain.get(url);
    assertOneFormWithOneButtonAndAChoice(plain, preselected);
    Browser.assertFits(plain);
  }

  /** Opens the link without JavaScript at phone size and presses its one button: the browser posts the form itself. */
  public static String submitWithoutJavaScript(String url) {
    return submitWithoutJavaScript(url, page -> { });
  }

  /** The same after the person filled in the page (a note, a field the page asks for). */
  public static String submitWithoutJavaScript(String url, java.util.function.Consumer<WebDriver> fill) {
    WebDriver plain = Browser.withoutJavaScript();
    plain.manage().window().setSize(Browser.PHONE);
    plain.get(url);
    fill.accept(plain);
    return submit(plain);
  }

  /** Presses the page's one button as it is (choices as pre-selected or as the test set them); the next page's text. */
  public static String submit(WebDriver driver) {
    WebElement button = oneButton(driver);
    String before = driver.getCurrentUrl();
    button.click();
    Browser.await(driver, d -> !d.findElements(By.tagName("h1")).isEmpty()
        && d.findElements(By.cssSelector("form[method=post] button")).stream().noneMatch(b -> {
          try {
            return b.equals(button);
          } catch (RuntimeException stale) {
            return false;
          }
        }));
    assertThat(driver.getCurrentUrl()).as("the form posts back to its own link").isEqualTo(before);
    Browser.assertFits(driver);
    Browser.assertNoInternalCodes(driver);
    return Browser.bodyText(driver);
  }

  /**
   * An expired, tampered, used or otherwise refused link: a page with a heading and a sentence that
   * says what happened and what to do (no error code, no stack trace, nothing wider than a phone).
   */
  public static String assertKindRefusal(String url, String heading) {
    WebDriver driver = Browser.withJavaScript();
    driver.manage().window().setSize(Browser.PHONE);
    driver.get(url);
    String text = Browser.bodyText(driver);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    assertThat(text).contains("reply to the email the link came in")
        .doesNotContain("Exception", "Whitelabel", "status=", "Internal Server Error");
    Browser.assertReadable(driver);
    return text;
  }

  /** The one button gets the focus by Tab alone, and Enter presses it (the press is held back here: opening changes nothing). */
  public static void assertButtonReachableByKeyboard(WebDriver driver) {
    WebElement button = oneButton(driver);
    assertThat(Browser.tabTo(driver, button, 80)).as("the button is reached with the Tab key on %s",
        driver.getCurrentUrl()).isTrue();
    Browser.js(driver).executeScript("""
        window.pressedByKeyboard = false;
        arguments[0].addEventListener('click', e => { window.pressedByKeyboard = true; e.preventDefault(); },
          { once: true });
        """, button);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(Browser.js(driver).executeScript("return window.pressedByKeyboard;"))
        .as("Enter on the focused button presses it").isEqualTo(true);
  }

  private static void assertOneFormWithOneButtonAndAChoice(WebDriver driver, boolean preselected) {
    List<WebElement> forms = driver.findElements(By.cssSelector("form"));
    assertThat(forms).as("one form on %s", driver.getCurrentUrl()).hasSize(1);
    assertThat(forms.get(0).getAttribute("method")).isEqualToIgnoringCase("post");
    oneButton(driver);
    List<WebElement> radios = forms.get(0).findElements(By.cssSelector("input[type=radio]"));
    if (preselected && !radios.isEmpty()) { // a page that only asks for a note (explain a missed session) has nothing to pre-select
      assertThat(radios.stream().anyMatch(WebElement::isSelected))
          .as("the choice of the link is pre-selected on %s", driver.getCurrentUrl()).isTrue();
    }
  }

  private static WebElement oneButton(WebDriver driver) {
    List<WebElement> buttons = driver.findElements(By.cssSelector("form button, form input[type=submit]"));
    assertThat(buttons).as("one button on %s", driver.getCurrentUrl()).hasSize(1);
    return buttons.get(0);
  }
}
