package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist in the shared Chromium, as a coordinator uses it: log in on its page, open a task
 * (or a start form), claim it, fill the Camunda Form's fields by their labels, complete it and read
 * Tasklist's notifications. Every form's browser test goes through here, so a changed Tasklist is
 * mended in one place.
 */
public final class Tasklist {

  private static final String APP = "/camunda/app/tasklist/default/";

  private final WebDriver driver;
  private final String baseUrl;
  private final org.camunda.bpm.engine.FilterService filters;
  private String taskUrl;

  private Tasklist(WebDriver driver, String baseUrl, org.camunda.bpm.engine.FilterService filters) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.filters = filters;
  }

  /** Logs in on Tasklist's own page as the test coordinator (a fresh browser session). */
  public static Tasklist asCoordinator(String baseUrl, org.camunda.bpm.engine.ProcessEngine engine) {
    return as(baseUrl, engine, TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  /** Logs in on Tasklist's own page as the given engine user (a moderator, say; a fresh browser session). */
  public static Tasklist as(String baseUrl, org.camunda.bpm.engine.ProcessEngine engine, String userId,
      String password) {
    TestUsers.ensureAdministrator(engine.getIdentityService());
    WebDriver driver = Browser.withJavaScript();
    driver.get(baseUrl + APP);
    WebElement user = Browser.await(driver, d -> d.findElements(By.cssSelector("input#inputUsername, "
        + "form[name=signinForm] input[type=text]")).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
    user.sendKeys(userId);
    driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(password, Keys.ENTER);
    Browser.await(driver, d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
    return new Tasklist(driver, baseUrl, engine.getFilterService());
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Opens the task's form in Tasklist, within the shared filter that lists it (Tasklist drops a
   * claimed task from view when the filter shown does not list it), and waits until the form has rendered.
   */
  public Tasklist openTask(String taskId, String filterName) {
    String filter = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    taskUrl = baseUrl + APP + "#/?filter=" + filter + "&task=" + taskId;
    driver.get(taskUrl);
    awaitForm();
    return this;
  }

  /** Tasklist's "Start process", the process by its name, and its start form. */
  public Tasklist openStartForm(String processName) {
    driver.get(baseUrl + APP + "#/");
    Browser.await(driver, d -> clickable(d, By.cssSelector("a.start-process-action, [ng-click*='open()']"), "Start process"));
    WebElement entry = Browser.await(driver, d -> d.findElements(By.cssSelector(".modal-dialog li a, .modal-dialog a"))
        .stream().filter(a -> a.getText().strip().equals(processName)).findFirst().orElse(null));
    entry.click();
    awaitForm();
    return this;
  }

  /** Presses Claim in the task's header; waits until the task is the coordinator's. */
  public Tasklist claim() {
    WebElement claim = Browser.await(driver, d -> d.findElements(By.cssSelector("button.claim")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    claim.click();
    Browser.await(driver, d -> d.findElements(By.cssSelector("button.claim")).stream().noneMatch(WebElement::isDisplayed));
    // Tasklist reloads its list after a claim and now and then drops the open task from view meanwhile:
    // reopen it from the address, as a coordinator would click it again.
    boolean stillOpen;
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(3))
          .until(d -> !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty()
              && d.findElements(By.cssSelector("button.unclaim")).stream().anyMatch(WebElement::isDisplayed));
      stillOpen = true;
    } catch (org.openqa.selenium.TimeoutException dropped) {
      stillOpen = false;
    }
    if (!stillOpen && taskUrl != null) {
      driver.get("about:blank"); // a full load of the task's address, not a change of its #fragment
      driver.get(taskUrl);
    }
    awaitForm();
    Browser.await(driver, d -> d.findElements(By.cssSelector("button.unclaim")).stream().anyMatch(WebElement::isDisplayed));
    return this;
  }

  /** The rendered form's text and its fields' values: what the coordinator reads before deciding. */
  public String formText() {
    return form().getText() + "\n" + Browser.js(driver).executeScript("""
        return [...arguments[0].querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea')]
          .map(e => e.value).join('\\n');
        """, form());
  }

  /** A text field, text area or number field, found by its label. */
  public Tasklist type(String label, String value) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(value);
    return this;
  }

  /** A radio option or a checklist entry, by its label. */
  public Tasklist choose(String option) {
    WebElement label = Browser.await(driver, d -> form().findElements(By.cssSelector("label")).stream()
        .filter(l -> l.getText().strip().equals(option) && !l.findElements(By.cssSelector("input")).isEmpty()
            || l.getText().strip().equals(option) && l.getAttribute("for") != null)
        .findFirst().orElse(null));
    WebElement input = label.findElements(By.cssSelector("input")).isEmpty()
        ? driver.findElement(By.id(label.getAttribute("for"))) : label.findElement(By.cssSelector("input"));
    if (!input.isSelected()) {
      Browser.js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
      input.click();
    }
    return this;
  }

  /** A select field (form-js's own dropdown), by its label and the option's text. */
  public Tasklist select(String label, String option) {
    openDropdown(label);
    WebElement entry = Browser.await(driver, d -> form().findElements(By.cssSelector(".fjs-dropdownlist-item"))
        .stream().filter(i -> i.getText().strip().equals(option)).findFirst().orElse(null));
    entry.click();
    return this;
  }

  /** The first entry of a select field (its options come from the process, so their words vary). */
  public String selectFirst(String label) {
    openDropdown(label);
    WebElement entry = Browser.await(driver, d -> form().findElements(By.cssSelector(".fjs-dropdownlist-item"))
        .stream().findFirst().orElse(null));
    String text = entry.getText();
    entry.click();
    return text;
  }

  /** form-js's select shows its value in a box over a hidden input: a click on the box opens the list. */
  private void openDropdown(String label) {
    WebElement box = field(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]"));
    Browser.js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
    box.click();
  }

  /** Ticks every entry of a checklist field, found by the field's label. */
  public Tasklist checkAll(String label) {
    WebElement group = Browser.await(driver, d -> form().findElements(By.cssSelector(".fjs-form-field-checklist"))
        .stream().filter(f -> f.getText().contains(label)).findFirst().orElse(null));
    for (WebElement box : group.findElements(By.cssSelector("input[type=checkbox]"))) {
      if (!box.isSelected()) {
        Browser.js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
      }
    }
    return this;
  }

  /** A date and time field of a Camunda Form (its date and time inputs, found by their labels). */
  public Tasklist dateTime(String dateLabel, String timeLabel, java.time.LocalDateTime at) {
    WebElement date = field(dateLabel);
    Browser.js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", date);
    date.click();
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), at.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")),
        Keys.ENTER);
    WebElement time = field(timeLabel);
    time.click();
    time.sendKeys(Keys.chord(Keys.CONTROL, "a"), at.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")),
        Keys.TAB);
    return this;
  }

  /** Presses Complete (a task) or Start (a start form): the engine gets the form. */
  public Tasklist complete() {
    WebElement button = Browser.await(driver, d -> d.findElements(By.cssSelector("button[ng-click='complete()'], "
        + ".modal-footer button.btn-primary")).stream().filter(b -> b.isDisplayed() && b.isEnabled())
        .reduce((first, last) -> last).orElse(null));
    // An earlier notification (a refusal) lies over the button until it is closed, as a person would.
    driver.findElements(By.cssSelector(".page-notifications .close")).stream().filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
    Browser.await(driver, d -> d.findElements(By.cssSelector(".page-notifications .notification, "
        + ".page-notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
    Browser.js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    return this;
  }

  /** Waits for Tasklist's next notification and returns its text (a refusal names its reason there). */
  public String notification() {
    WebElement note = Browser.await(driver, d -> d.findElements(By.cssSelector(".notifications .notification, "
        + ".notifications .alert")).stream().filter(WebElement::isDisplayed).reduce((first, last) -> last).orElse(null));
    return note.getText();
  }

  /** The texts of the tasks the filter lists (its name as in the filter list). */
  public List<String> tasksOfFilter(String filterName) {
    driver.get(baseUrl + APP + "#/");
    WebElement filter = Browser.await(driver, d -> d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .filter(f -> f.getText().strip().startsWith(filterName)).findFirst().orElse(null));
    filter.click();
    By task = By.cssSelector("[ng-repeat='(delta, task) in tasks']");
    Browser.await(driver, d -> !d.findElements(task).isEmpty());
    return driver.findElements(task).stream().map(WebElement::getText).toList();
  }

  private WebElement form() {
    return driver.findElement(By.cssSelector(".fjs-container"));
  }

  private void awaitForm() {
    Browser.await(driver, d -> !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty());
  }

  private WebElement field(String label) {
    return Browser.await(driver, d -> {
      for (WebElement l : form().findElements(By.cssSelector("label"))) {
        String text = l.getText().replace("*", "").strip();
        if (text.equals(label) && l.getAttribute("for") != null) {
          List<WebElement> inputs = d.findElements(By.id(l.getAttribute("for")));
          if (!inputs.isEmpty()) {
            return inputs.get(0);
          }
        }
      }
      return null;
    });
  }

  private static boolean clickable(WebDriver driver, By by, String text) {
    try {
      for (WebElement e : driver.findElements(by)) {
        if (e.isDisplayed() && e.getText().contains(text)) {
          e.click();
          return true;
        }
      }
    } catch (JavascriptException | org.openqa.selenium.StaleElementReferenceException e) {
      return false;
    }
    return false;
  }

  /** Our part of the page, the Camunda Form: no internal codes in what it says, axe-core and labels within it. */
  public Tasklist assertReadable() {
    assertThat(VisibleText.codesIn(formText())).as("internal codes in the form").isEmpty();
    Browser.assertAccessible(driver, ".fjs-container");
    return this;
  }

  /** The form shows no raw JSON and no empty table: what Tasklist renders from the process's variables. */
  public Tasklist assertFilledFromTheProcess() {
    String text = formText();
    assertThat(text).doesNotContain("{\"", "[{", "undefined", "null", "=summary", "{{");
    for (WebElement table : form().findElements(By.cssSelector("table"))) {
      assertThat(table.findElements(By.cssSelector("tbody tr"))).as("a table of the form has rows").isNotEmpty();
      assertThat(table.getText()).doesNotContain("Nothing to show");
    }
    for (WebElement input : form().findElements(By.cssSelector("input[readonly], textarea[readonly], "
        + "input[disabled], textarea[disabled]"))) {
      assertThat(input.getAttribute("value")).as("the read-only field %s is filled", input.getAttribute("id"))
          .isNotBlank();
    }
    return this;
  }
}
