package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.ProcessResourceDeployer.NamedResource;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The diagrams in bpmn/, the forms in forms/ and the code agree: the rules of {@link ModelCheck}
 * over everything the engine deploys, against the real application's beans and messages.
 */
class ModelConsistencyTest extends IntegrationTest {

  @Autowired
  private ApplicationContext context;

  @Test
  void everyDiagramAndFormKeepsTheRules() {
    List<NamedResource> resources = ProcessResourceDeployer.classpathResources();

    List<ModelCheck.Violation> violations = ModelCheck.check(resources, applicationBeans(), correlatedMessages());

    assertThat(violations).as("model check of bpmn/ and forms/").isEmpty();
  }

  @Test
  void theEngineDeploysExactlyTheFilesOfTheTopLevelFolders() throws IOException {
    Set<String> onDisk = Stream.concat(files("bpmn"), files("forms")).collect(Collectors.toSet());

    Set<String> deployed = ProcessResourceDeployer.classpathResources().stream().map(NamedResource::name)
        .collect(Collectors.toSet());

    assertThat(deployed).isEqualTo(onDisk);
  }

  @Test
  void mailStepsAreToldApartFromOtherDelegates() {
    ApplicationModelBeans beans = applicationBeans();
    assertThat(beans.mails("sendAvailabilityRequest")).as("makes its mail keys from its step").isTrue();
    assertThat(beans.mails("sendLetter")).as("one step for many letters").isTrue();
    assertThat(beans.mails("inheritedMailStep")).as("through its superclass").isTrue();
    assertThat(beans.mails("recordStrike")).isFalse();
    assertThat(beans.mails("noSuchBean")).isFalse();
  }

  private ApplicationModelBeans applicationBeans() {
    return new ApplicationModelBeans(context);
  }

  static Set<String> correlatedMessages() {
    return ApplicationModelBeans.correlatedMessages();
  }

  private static Stream<String> files(String folder) throws IOException {
    Path path = Path.of(folder);
    if (!Files.isDirectory(path)) {
      return Stream.empty();
    }
    try (Stream<Path> list = Files.list(path)) {
      return list.map(p -> folder + "/" + p.getFileName()).toList().stream();
    }
  }
}
