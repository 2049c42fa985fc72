package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The shape of the code: every top-level package is a Spring Modulith application module; no cycles,
 * no module reaching into another's sub-packages (its internals), the kernel using no feature; and
 * the module diagram in {@code docs/modules/} is the one the code makes.
 */
class ModuleStructureTest {

  /** The small kernel every feature builds on; none of it may depend on a feature. */
  static final Set<String> KERNEL = Set.of("shared", "engine", "people", "mail", "calendar", "links", "meeting",
      "retry", "web", "security", "attendance", "demo");

  static final ApplicationModules MODULES = ApplicationModules.of(MentraSessionsApplication.class);

  /** Where the diagram is kept; {@code -Dmentra.modules.write=true} writes it there instead of comparing. */
  private static final Path DOCS = Path.of("docs", "modules");
  private static final Path GENERATED = Path.of("target", "modulith-docs");

  @Test
  void modulesHaveNoCyclesAndUseEachOtherOnlyThroughTheirPublishedTypes() {
    MODULES.verify();
  }

  @Test
  void theKernelUsesNoFeature() {
    for (ApplicationModule module : MODULES) {
      if (!KERNEL.contains(module.getName())) {
        continue;
      }
      List<String> features = module.getDependencies(MODULES).stream()
          .map(ApplicationModuleDependency::getTargetModule)
          .map(ApplicationModule::getName)
          .filter(name -> !KERNEL.contains(name))
          .distinct().toList();
      assertThat(features).as("features the kernel module %s depends on", module.getName()).isEmpty();
    }
  }

  @Test
  void everyModuleIsKnownToBeKernelOrFeature() {
    assertThat(MODULES.stream().map(ApplicationModule::getName))
        .as("a new top-level package is a new module: add it to KERNEL or let it be a feature deliberately")
        .containsAnyElementsOf(KERNEL);
  }

  @Test
  void theModuleDiagramInDocsIsTheOneTheCodeMakes() throws IOException {
    boolean write = Boolean.getBoolean("mentra.modules.write");
    Path target = write ? DOCS : GENERATED;
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    List<Path> generated = pumlFiles(target);
    for (Path file : generated) {
      Files.writeString(file, stable(Files.readString(file)));
    }
    if (write) {
      return;
    }
    assertThat(generated).isNotEmpty();
    for (Path file : generated) {
      Path kept = DOCS.resolve(file.getFileName());
      assertThat(kept).as("docs/modules is stale: run mvn test -Dtest=ModuleStructureTest -Dmentra.modules.write=true")
          .exists();
      assertThat(Files.readString(kept)).as("%s is stale: run mvn test -Dtest=ModuleStructureTest "
          + "-Dmentra.modules.write=true", kept).isEqualTo(Files.readString(file));
    }
    assertThat(pumlFiles(DOCS).stream().map(Path::getFileName).toList())
        .as("diagrams in docs/modules of modules that no longer exist")
        .containsExactlyInAnyOrderElementsOf(generated.stream().map(Path::getFileName).toList());
  }

  /**
   * The diagram with its components and relations each in a fixed order: the Documenter lists them as
   * a hash set iterates, which differs from run to run, and PlantUML draws the same either way.
   */
  static String stable(String puml) {
    List<String> lines = new java.util.ArrayList<>(List.of(puml.split("\n", -1)));
    for (int i = 0; i < lines.size(); ) {
      String kind = runKind(lines.get(i));
      int j = i;
      while (kind != null && j < lines.size() && kind.equals(runKind(lines.get(j)))) {
        j++;
      }
      if (j > i + 1) {
        java.util.Collections.sort(lines.subList(i, j));
      }
      i = Math.max(j, i + 1);
    }
    return String.join("\n", lines);
  }

  private static String runKind(String line) {
    String trimmed = line.strip();
    int paren = trimmed.indexOf('(');
    return paren > 0 && trimmed.endsWith(")") ? line.substring(0, line.indexOf(trimmed)) + trimmed.substring(0, paren)
        : null;
  }

  private static List<Path> pumlFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
    }
  }
}
