package org.mentra.sessions.events.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.InvalidInput;

/** What a resource's address may be: something a participant can safely click. */
class ResourceUrlTest {

  @Test
  void httpAndHttpsAddressesWithAHostAreKeptTrimmed() {
    assertThat(ResourceUrl.check("  https://example.org/slides.pdf?v=2#p3 ")).isEqualTo(
        "https://example.org/slides.pdf?v=2#p3");
    assertThat(ResourceUrl.check("HTTP://Example.org")).isEqualTo("HTTP://Example.org");
  }

  @Test
  void everythingElseIsRefusedOnTheUrlField() {
    for (String bad : new String[] {"javascript:alert(1)", "ftp://example.org/file", "file:///etc/passwd",
        "data:text/html,hi", "//example.org/x", "https:///nohost", "https://user:secret@example.org/",
        "https://example.org/a b", "https://exa mple.org", "https://example.org/\u0007", "not a url", "",
        "https://example.org/" + "x".repeat(ResourceUrl.MAX_LENGTH)}) {
      assertThatThrownBy(() -> ResourceUrl.check(bad)).as(bad).isInstanceOfSatisfying(InvalidInput.class,
          e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("url")));
    }
  }
}
