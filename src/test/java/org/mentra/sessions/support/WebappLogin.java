package org.mentra.sessions.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs in to a Camunda webapp the way its page does: fetch the page for session and CSRF cookies, then post. */
public final class WebappLogin {

  private WebappLogin() {}

  public static HttpStatus login(TestRestTemplate http, String app, String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
    if (!page.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("The " + app + " page answered " + page.getStatusCode());
    }
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.substring(0, c.indexOf(';'))).toList();
    String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .substring("XSRF-TOKEN=".length());
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.put(HttpHeaders.COOKIE, cookies);
    headers.add("X-XSRF-TOKEN", csrf);
    return HttpStatus.valueOf(http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class).getStatusCode().value());
  }
}
