package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every Camunda Form in forms/ and every one-click link purpose has a browser test: a test class of the
 * browser suite names it in {@link BrowserCovers}. A new form or purpose fails here until one does.
 */
class BrowserCoverageTest extends IntegrationTest {

  /**
   * Not yet driven in a browser; the suite's first round covered the rest. Each entry is a debt: this
   * test fails when one gets its browser test (take it off) or no longer exists.
   */
  private static final Set<String> NOT_YET = Set.of();

  @Autowired
  private List<OneClickHandler> handlers;

  @Test
  void everyFormAndEveryOneClickPurposeHasABrowserTest() throws IOException {
    Set<String> surfaces = new TreeSet<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      forms.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".form"))
          .forEach(f -> surfaces.add("form " + f.substring(0, f.length() - ".form".length())));
    }
    handlers.stream().map(OneClickHandler::purpose).filter(p -> !p.startsWith("test.")) // the tests' own handlers
        .forEach(p -> surfaces.add("link " + p));
    Set<String> covered = covered();

    Set<String> missing = new TreeSet<>(surfaces);
    missing.removeAll(covered);
    missing.removeAll(NOT_YET);
    assertThat(missing).as("forms and link purposes without a browser test: name them in a test's "
        + "@BrowserCovers (see council.CouncilBrowserTest)").isEmpty();

    Set<String> stale = new TreeSet<>(NOT_YET);
    stale.removeIf(debt -> surfaces.contains(debt) && !covered.contains(debt));
    assertThat(stale).as("NOT_YET entries that are covered now or no longer exist: take them off").isEmpty();
    Set<String> unknown = new TreeSet<>(covered);
    unknown.removeAll(surfaces);
    unknown.removeIf(c -> c.startsWith("page "));
    assertThat(unknown).as("@BrowserCovers names forms or purposes that do not exist").isEmpty();
  }

  private static Set<String> covered() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(BrowserCovers.class));
    Set<String> covered = new TreeSet<>();
    scanner.findCandidateComponents("org.mentra.sessions").forEach(bean -> {
      BrowserCovers covers = ClassUtils.resolveClassName(bean.getBeanClassName(), BrowserCoverageTest.class
          .getClassLoader()).getAnnotation(BrowserCovers.class);
      Arrays.stream(covers.forms()).forEach(f -> covered.add("form " + f));
      Arrays.stream(covers.links()).forEach(l -> covered.add("link " + l));
      Arrays.stream(covers.pages()).forEach(p -> covered.add("page " + p));
    });
    assertThat(covered).as("browser test classes found").isNotEmpty();
    return covered;
  }
}
