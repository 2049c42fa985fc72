package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler that changes something (POST, PUT, PATCH, DELETE), enumerated from Spring MVC's mappings, and
 * what protects it from a cross-site request a browser sends with the credentials it remembers:
 * <ul>
 *   <li>the coordinator pages ({@code /outbox}, {@code /coordination/…}): the session's CSRF token, so a
 *       coordinator's browser posting without it from another site gets a 403 problem;</li>
 *   <li>one-click links ({@code /r/…}): the signed token in the path is the credential; nothing there reads or
 *       sets a cookie or a session, so a cross-site form has nothing ambient to ride on;</li>
 *   <li>the API ({@code /api/…}): stateless, credentials sent explicitly; a browser's remembered HTTP Basic
 *       login on a change from another site (Fetch Metadata {@code Sec-Fetch-Site}) is refused with 403.</li>
 * </ul>
 * A handler in none of these fails here until someone decides what protects it. The 403's words are those of
 * a refused CSRF check (ProblemResponses), not of a missing right; the API's say another site started it.
 */
class FormPostCsrfTest extends IntegrationTest {

  private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
      RequestMethod.PATCH, RequestMethod.DELETE);
  private static final String COORDINATOR =
      "Authorization: " + LoopbackClient.basic(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  private static final String[] FROM_ANOTHER_SITE = {"Origin: https://evil.example", "Sec-Fetch-Site: cross-site",
      "Sec-Fetch-Mode: navigate", "Content-Type: application/x-www-form-urlencoded"};

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Autowired
  private OneClickLinks links;

  @Test
  void everyCoordinatorPageChangeRefusesACrossSitePostWithoutItsCsrfToken() {
    Map<String, Set<RequestMethod>> pages = changes(p -> p.startsWith("/outbox") || p.startsWith("/coordination"));
    assertThat(pages).as("coordinator page changes found").isNotEmpty();

    for (Map.Entry<String, Set<RequestMethod>> page : pages.entrySet()) {
      String path = concrete(page.getKey());
      for (RequestMethod method : page.getValue()) {
        Response forged = client().send(method.name(), path, "note=x", with(FROM_ANOTHER_SITE, COORDINATOR));
        assertThat(forged.status()).as(method + " " + path + ": " + forged.body()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forged.body()).as(method + " " + path).contains("Another site started this change")
            .doesNotContain("form");

        Response anonymous = client().send(method.name(), path, "note=x", FROM_ANOTHER_SITE);
        assertThat(anonymous.status()).as(method + " " + path + " without a login").isEqualTo(401);
      }
    }
  }

  @Test
  void oneClickPostsUseNoCookieOrSessionSoTheirTokenIsTheOnlyCredential() {
    Map<String, Set<RequestMethod>> oneClick = changes(p -> p.startsWith("/r/"));
    assertThat(oneClick).containsOnlyKeys("/r/{token}");
    String token = links.token("test.recording", UUID.randomUUID(), "event-1", "yes", Instant.now().plusSeconds(600));

    Response page = client().get("/r/" + token);
    Response applied = client().send("POST", "/r/" + token, "choice=yes", FROM_ANOTHER_SITE);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("_csrf");
    assertThat(applied.status()).as("whoever holds the link may press its button, from anywhere").isEqualTo(200);
    assertThat(page.headers("Set-Cookie")).isEmpty();
    assertThat(applied.headers("Set-Cookie")).isEmpty();
  }

  @Test
  void everyApiChangeRefusesABrowsersRememberedLoginFromAnotherSite() {
    Map<String, Set<RequestMethod>> api = changes(p -> p.startsWith("/api/"));
    assertThat(api).as("API changes found").isNotEmpty();

    for (Map.Entry<String, Set<RequestMethod>> operation : api.entrySet()) {
      String path = concrete(operation.getKey());
      for (RequestMethod method : operation.getValue()) {
        Response forged = client().send(method.name(), path, "x=1", with(FROM_ANOTHER_SITE, COORDINATOR));
        assertThat(forged.status()).as(method + " " + path + ": " + forged.body()).isEqualTo(403);
        assertThat(forged.body()).as(method + " " + path).contains("Another site started this change")
            .doesNotContain("form");
        assertThat(forged.headers("Set-Cookie")).as(method + " " + path).isEmpty();
      }
    }
  }

  @Test
  void anApiClientAndABearerTokenFromAnotherSiteAreNotTakenForForgeries() {
    Response script = client().send("POST", "/api/v1/councils/" + UUID.randomUUID() + "/cancel", "", COORDINATOR);
    assertThat(script.status()).as("a script's Basic login, no Fetch Metadata: " + script.body()).isNotEqualTo(403);

    Response spa = client().send("POST", "/api/v1/councils/" + UUID.randomUUID() + "/cancel", "",
        "Sec-Fetch-Site: same-site", "Authorization: Bearer not-a-jwt");
    assertThat(spa.status()).as("a bearer token is never remembered by a browser: checked as a login").isEqualTo(401);
  }

  @Test
  void everyChangeIsOnASurfaceWhoseProtectionIsDecided() {
    Map<String, Set<RequestMethod>> undecided = changes(p -> !p.startsWith("/api/") && !p.startsWith("/outbox")
        && !p.startsWith("/coordination") && !p.startsWith("/r/"));

    assertThat(undecided).as("changes outside the API, the coordinator pages and one-click links: decide what "
        + "protects them from cross-site requests (SecurityConfig) and cover them here").isEmpty();
  }

  /** The changing handlers whose path matches, with their methods. */
  private Map<String, Set<RequestMethod>> changes(java.util.function.Predicate<String> path) {
    Map<String, Set<RequestMethod>> found = new TreeMap<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = new TreeSet<>(info.getMethodsCondition().getMethods());
      methods.retainAll(CHANGES);
      if (methods.isEmpty()) {
        continue;
      }
      for (String pattern : info.getPatternValues()) {
        if (path.test(pattern)) {
          found.computeIfAbsent(pattern, p -> new TreeSet<>()).addAll(methods);
        }
      }
    }
    return found;
  }

  /** A pattern with its variables filled in: ids of nothing, so a request that got through would change nothing. */
  private static String concrete(String pattern) {
    return pattern.replaceAll("\\{position}", "0").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  private static String[] with(String[] headers, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of(headers));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private LoopbackClient client() {
    return LoopbackClient.ofItsOwn(port);
  }
}
