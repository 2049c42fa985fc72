package org.mentra.sessions.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** When a browser test fails, what the browser showed: target/browser-failures/CLASS.METHOD.png and .html. */
class BrowserFailures implements TestWatcher {

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    WebDriver driver = Browser.current();
    if (driver == null) {
      return;
    }
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
      String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
      Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    } catch (Exception e) {
      cause.addSuppressed(e);
    }
  }
}
