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

    List<ModelCheck.Violation> violations = ModelCheck.check(resources, new ApplicationBeans(), correlatedMessages());

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
    ApplicationBeans beans = new ApplicationBeans();
    assertThat(beans.mails("sendAvailabilityRequest")).as("makes its mail keys from its step").isTrue();
    assertThat(beans.mails("sendCaringCheckIn")).as("through its superclass").isTrue();
    assertThat(beans.mails("recordStrike")).isFalse();
    assertThat(beans.mails("noSuchBean")).isFalse();
  }

  /** The application context's beans; a delegate that refers to MailStep or MailKey sends mail. */
  private class ApplicationBeans implements ModelCheck.Beans {

    private static final List<String> MAIL_KEY_TYPES =
        List.of("org/mentra/sessions/mail/MailStep", "org/mentra/sessions/mail/MailKey");

    @Override
    public Optional<Class<?>> typeOf(String name) {
      return context.containsBean(name) ? Optional.ofNullable(context.getType(name)) : Optional.empty();
    }

    @Override
    public boolean mails(String name) {
      for (Class<?> type = typeOf(name).orElse(null); type != null && type != Object.class;
          type = type.getSuperclass()) {
        String bytecode = bytecode(type);
        if (MAIL_KEY_TYPES.stream().anyMatch(bytecode::contains)) {
          return true;
        }
      }
      return false;
    }

    /** The class file as text: the names of the types it refers to stand in it as they are. */
    private static String bytecode(Class<?> type) {
      try (var in = type.getClassLoader() == null ? null
          : type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
        return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Every name of every ProcessMessage enum in the application. */
  static Set<String> correlatedMessages() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ProcessMessage.class));
    return scanner.findCandidateComponents("org.mentra.sessions").stream()
        .map(candidate -> load(candidate.getBeanClassName()))
        .filter(Class::isEnum)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> ((ProcessMessage) constant).messageName())
        .collect(Collectors.toSet());
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

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
