package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestUsers;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * The engine REST API and the Camunda webapps' own API without a login: every operation of the engine REST
 * API, enumerated from its JAX-RS interfaces (root resources and their sub-resources), answers 401 and
 * gives nothing away; so do the webapps' APIs. The webapps' pages themselves are static files (their login
 * form), which hold no data; a logged-in webapp refuses a change without its CSRF header (Camunda's own
 * filter, the X-XSRF-TOKEN the page's script sends).
 */
class CamundaWithoutLoginTest extends IntegrationTest {

  private static final String REST_PACKAGE = "org/camunda/bpm/engine/rest/";

  @Test
  void everyEngineRestOperationRefusesACallWithoutLogin() throws Exception {
    Map<String, TreeSet<String>> operations = engineRestOperations();
    assertThat(operations).as("engine REST operations found").hasSizeGreaterThan(200);
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    List<String> answered = new ArrayList<>();

    for (Map.Entry<String, TreeSet<String>> operation : operations.entrySet()) {
      String path = "/engine-rest" + operation.getKey();
      for (String method : operation.getValue()) {
        Response response = client.send(method, path, method.equals("GET") ? null : "{}",
            "Content-Type: application/json");
        if (response.status() != 401) {
          answered.add(method + " " + path + " -> " + response.status() + " " + response.body());
        }
      }
    }

    assertThat(answered).as("engine REST operations that answered without a login").isEmpty();
  }

  @Test
  void theWebappsApisRefuseACallWithoutLoginAndTheirPagesHoldNoData() {
    LoopbackClient client = LoopbackClient.ofItsOwn(port);
    for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
        "/camunda/api/engine/engine/default/process-instance", "/camunda/api/engine/engine/default/deployment",
        "/camunda/api/engine/engine/default/history/process-instance",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      Response response = client.get(path);
      assertThat(response.status()).as("GET " + path + ": " + response.body()).isEqualTo(401);
      Response change = client.send("POST", path, "{}", "Content-Type: application/json");
      assertThat(change.status()).as("POST " + path + ": " + change.body()).isIn(401, 403);
    }
    Response who = client.get("/camunda/api/admin/auth/user/default");
    assertThat(who.status()).as("nobody is logged in: " + who.body()).isEqualTo(404);
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      Response page = client.get("/camunda/app/" + app + "/default/");
      assertThat(page.status()).as(app).isIn(200, 302);
      assertThat(page.body()).as(app).doesNotContain("\"processDefinitionId\"", "@test.mentra.example");
    }
  }

  @Test
  void aLoggedInWebappRefusesAChangeWithoutItsCsrfHeader() {
    LoopbackClient browser = LoopbackClient.ofItsOwn(port);
    Response page = browser.get("/camunda/app/tasklist/default/");
    List<String> cookies = new ArrayList<>(cookies(page));
    String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .substring("XSRF-TOKEN=".length());
    Response login = browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + TestUsers.COORDINATOR + "&password=" + TestUsers.COORDINATOR_PASSWORD,
        "Content-Type: application/x-www-form-urlencoded", "Cookie: " + String.join("; ", cookies),
        "X-XSRF-TOKEN: " + csrf);
    assertThat(login.status()).isEqualTo(200);
    List<String> session = new ArrayList<>(cookies);
    for (String renewed : cookies(login)) {
      session.removeIf(c -> c.startsWith(renewed.substring(0, renewed.indexOf('=') + 1)));
      session.add(renewed);
    }
    String cookie = "Cookie: " + String.join("; ", session);
    assertThat(browser.get("/camunda/api/engine/engine/default/task?maxResults=1", cookie).status())
        .as("the session works").isEqualTo(200);

    Response forged = browser.send("POST", "/camunda/api/engine/engine/default/task/" + UUID.randomUUID() + "/claim",
        "{\"userId\": \"" + TestUsers.COORDINATOR + "\"}", cookie, "Content-Type: application/json",
        "Origin: https://evil.example", "Sec-Fetch-Site: cross-site");

    assertThat(forged.status()).as(forged.body()).isEqualTo(403);
  }

  private static List<String> cookies(Response response) {
    return response.headers("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList();
  }

  /** "/task/{id}/claim" -> {POST}, from the @Path interfaces of the engine REST API and their sub-resources. */
  private static Map<String, TreeSet<String>> engineRestOperations() throws IOException, ReflectiveOperationException {
    Map<String, TreeSet<String>> operations = new TreeMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
    for (Resource resource : resolver.getResources("classpath*:" + REST_PACKAGE + "*.class")) {
      String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
      Class<?> type = Class.forName(name, false, CamundaWithoutLoginTest.class.getClassLoader());
      // A root resource names its path in PATH; the engine's REST application mounts it there.
      if (type.isInterface() && name.endsWith("RestService")) {
        collect(type, (String) type.getField("PATH").get(null), operations, 0);
      }
    }
    return operations;
  }

  private static void collect(Class<?> type, String prefix, Map<String, TreeSet<String>> operations, int depth) {
    for (Method method : type.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String full = concrete(prefix + (path == null ? "" : "/" + path.value()));
      String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
          : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
      if (verb != null) {
        operations.computeIfAbsent(full, p -> new TreeSet<>()).add(verb);
      } else if (path != null && depth < 3 && method.getReturnType().getName().startsWith("org.camunda.bpm.engine.rest")) {
        collect(method.getReturnType(), full, operations, depth + 1); // a sub-resource locator
      }
    }
  }

  private static String concrete(String path) {
    return path.replaceAll("/+", "/").replaceAll("\\{[^}:]+(:[^}]*)?}", UUID.randomUUID().toString().substring(0, 8));
  }
}
