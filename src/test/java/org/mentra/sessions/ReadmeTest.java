package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's shell commands work on macOS as on Linux. */
class ReadmeTest {

  @Test
  void everyGnuDateHasTheBsdFormBeforeIt() throws IOException {
    List<String> dates = Files.readAllLines(Path.of("README.md")).stream()
        .filter(line -> line.matches(".*\\bdate\\b.* -d .*")).toList();

    assertThat(dates).isNotEmpty().allSatisfy(line -> assertThat(line)
        .as("GNU date -d fails on macOS: try BSD date -v first").containsPattern("date -u -v[+-]\\d+d .*\\|\\| date "));
  }
}
