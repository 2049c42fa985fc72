package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as the README's production path uses it: valid YAML, no required-variable
 * interpolation (Compose interpolates every service, the profiled app too, before starting any, so one
 * would stop `docker compose up -d postgres mailpit`), and services that fit the postgres profile and the
 * README's commands.
 */
class DockerComposeTest {

  private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[^}]*\\?");
  private static final Pattern COMPOSE_COMMAND = Pattern.compile("docker compose ([^`\\n]*)");

  private static Map<String, Object> services;
  private static Map<String, Object> postgresProfile;
  private static String readme;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    services = (Map<String, Object>) compose.get("services");
    postgresProfile = StreamSupport.stream(new Yaml().loadAll(
            Files.readString(Path.of("src/main/resources/application.yml"))).spliterator(), false)
        .map(document -> (Map<String, Object>) document)
        .filter(document -> "postgres".equals(at(document, "spring.config.activate.on-profile")))
        .findFirst().orElseThrow();
    readme = Files.readString(Path.of("README.md"));
  }

  @Test
  void noValueNeedsAVariableToBeSet() throws IOException {
    List<String> values = new ArrayList<>();
    collectStrings(new Yaml().load(Files.readString(Path.of("docker-compose.yml"))), values);

    assertThat(values).isNotEmpty().noneMatch(value -> REQUIRED_VARIABLE.matcher(value).find());
  }

  @Test
  void postgresHoldsTheDatabaseThePostgresProfileAndTheReadmeUse() {
    Map<String, Object> postgres = service("postgres");
    Map<String, String> environment = environment(postgres);
    String url = (String) at(postgresProfile, "spring.datasource.url");

    assertThat((String) postgres.get("image")).startsWith("postgres:");
    assertThat(ports(postgres)).contains("5432:5432");
    assertThat(url).isEqualTo("jdbc:postgresql://localhost:5432/" + environment.get("POSTGRES_DB"));
    assertThat(at(postgresProfile, "spring.datasource.username")).isEqualTo(environment.get("POSTGRES_USER"));
    assertThat(readmeValue("SPRING_DATASOURCE_PASSWORD")).isEqualTo(environment.get("POSTGRES_PASSWORD"));
  }

  @Test
  void mailpitTakesMailOn1025AndShowsItOn8025() {
    Map<String, Object> mailpit = service("mailpit");

    assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit:");
    assertThat(ports(mailpit)).contains("1025:1025", "8025:8025");
    assertThat(at(postgresProfile, "spring.mail.host")).isEqualTo("localhost");
    assertThat(at(postgresProfile, "spring.mail.port")).isEqualTo(1025);
  }

  @Test
  void theAppRunsThePostgresProfileAgainstTheOtherServicesWithTheSecretFromTheShell() {
    Map<String, Object> app = service("app");
    Map<String, String> environment = environment(app);
    Map<String, String> postgres = environment(service("postgres"));

    assertThat(app.get("profiles")).isEqualTo(List.of("app"));
    assertThat(ports(app)).contains("8080:8080");
    assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
        .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"))
        .containsEntry("SPRING_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"))
        .containsEntry("SPRING_MAIL_HOST", "mailpit")
        .containsEntry("SPRING_MAIL_PORT", "1025");
    assertThat(environment).as("passed through from the shell: a key without a value")
        .containsKey("MENTRA_LINKS_SECRET").containsEntry("MENTRA_LINKS_SECRET", null)
        .containsKey("MENTRA_CALENDAR_FEED_KEY").containsEntry("MENTRA_CALENDAR_FEED_KEY", null);
    assertThat(((Map<?, ?>) app.get("depends_on")).keySet().stream().map(Object::toString))
        .containsExactlyInAnyOrder("postgres", "mailpit");
  }

  @Test
  void theReadmesComposeCommandsNameOnlyServicesAndProfilesThatExist() {
    Set<String> profiles = services.values().stream()
        .map(s -> ((Map<?, ?>) s).get("profiles")).filter(List.class::isInstance)
        .flatMap(p -> ((List<?>) p).stream()).map(Object::toString).collect(Collectors.toSet());
    List<String> commands = new ArrayList<>();
    Matcher matcher = COMPOSE_COMMAND.matcher(readme);
    while (matcher.find()) {
      commands.add(matcher.group(1).trim());
    }

    assertThat(commands).anySatisfy(c -> assertThat(c).startsWith("up -d postgres mailpit"));
    for (String command : commands) {
      List<String> words = List.of(command.split("\\s+"));
      for (int i = 1; i < words.size(); i++) {
        String word = words.get(i);
        if (words.get(i - 1).equals("--profile")) {
          assertThat(profiles).as(command).contains(word);
        } else if (word.startsWith("-")) {
          continue;
        } else if (words.get(0).equals("up")) {
          assertThat(services).as(command).containsKey(word);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return (Map<String, Object>) services.get(name);
  }

  /** The service's environment in either of Compose's forms; a name without a value maps to null. */
  private static Map<String, String> environment(Map<String, Object> service) {
    Map<String, String> environment = new LinkedHashMap<>();
    Object declared = service.get("environment");
    if (declared instanceof Map<?, ?> map) {
      map.forEach((k, v) -> environment.put(k.toString(), v == null ? null : v.toString()));
    } else if (declared instanceof List<?> list) {
      for (Object entry : list) {
        String[] parts = entry.toString().split("=", 2);
        environment.put(parts[0], parts.length == 2 ? parts[1] : null);
      }
    }
    return environment;
  }

  private static List<String> ports(Map<String, Object> service) {
    return ((List<?>) service.get("ports")).stream().map(Object::toString).toList();
  }

  /** A NAME=value the README sets in a command. */
  private static String readmeValue(String name) {
    Matcher matcher = Pattern.compile(name + "=(\\S+)").matcher(readme);
    assertThat(matcher.find()).as(name + " in the README").isTrue();
    return matcher.group(1);
  }

  private static Object at(Map<String, Object> document, String path) {
    Object node = document;
    for (String key : path.split("\\.")) {
      node = node instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return node;
  }

  private static void collectStrings(Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        into.add(k.toString());
        collectStrings(v, into);
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectStrings(item, into));
    } else if (node != null) {
      into.add(node.toString());
    }
  }
}
