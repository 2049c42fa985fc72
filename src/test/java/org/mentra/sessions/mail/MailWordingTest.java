package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of every mail template, and of the pages members see: one sign-off, written the same way
 * everywhere, and dashes where a sentence pauses (not a hyphen between spaces).
 */
class MailWordingTest {

  static final String SIGN_OFF = "The Mentra team";
  private static final Path MAIL = Path.of("src/main/resources/templates/mail");
  private static final Path PAGES = Path.of("src/main/resources/templates/pages");
  /** Alerts to the coordinators themselves: a note between colleagues, no sign-off. */
  private static final Set<String> TO_COORDINATORS = Set.of("council/coordination-needed", "council/final-reminder-copy",
      "safety/urgent-escalation", "safety/host-background-check-late");
  /** Pages a mentor, counselor or member opens from a mail (the coordinators' pages have words of their own). */
  private static final List<String> MEMBER_PAGES = List.of("council-availability.html", "link-confirm.html",
      "link-done.html", "link-problem.html", "accountability-explain.html", "pairing/availability.html");

  @Test
  void everyMailToAMemberSignsOffAsTheMentraTeam() throws IOException {
    List<Path> templates = mailTemplates().filter(t -> !TO_COORDINATORS.contains(name(t))).toList();

    assertThat(templates).hasSizeGreaterThan(40).allSatisfy(template -> {
      String text = Files.readString(template);
      if (template.toString().endsWith(".txt")) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.get(lines.size() - 1)).as(template.toString()).isEqualTo(SIGN_OFF);
      } else {
        assertThat(text).as(template.toString()).containsPattern("(<p>|<br>)" + SIGN_OFF + "</p>");
      }
    });
  }

  @Test
  void noMailOrMemberPageWritesTheTeamOrADashAnotherWay() throws IOException {
    List<Path> texts = Stream.concat(mailTemplates(), MEMBER_PAGES.stream().map(PAGES::resolve)).toList();

    assertThat(texts).allSatisfy(template -> {
      String text = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
      assertThat(text).as(template.toString()).doesNotContain("the Mentra team").doesNotContain("Mentra Team")
          .doesNotContainPattern("\\w - \\w");
    });
  }

  private static Stream<Path> mailTemplates() throws IOException {
    try (Stream<Path> files = Files.walk(MAIL)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/parts/"))
          .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).toList().stream();
    }
  }

  private static String name(Path template) {
    String relative = MAIL.relativize(template).toString();
    return relative.substring(0, relative.lastIndexOf('.'));
  }
}
