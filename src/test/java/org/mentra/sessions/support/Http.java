package org.mentra.sessions.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP against the running test application: no redirects followed, so tests see them. */
public final class Http {

  private final HttpClient client;
  private final String baseUrl;
  private final String authorization;

  private Http(String baseUrl, String authorization) {
    // Cookies kept per client: a page's CSRF token lives in the session it was issued for.
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new java.net.CookieManager()).build();
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static Http anonymous(String baseUrl) {
    return new Http(baseUrl, null);
  }

  public static Http as(String baseUrl, String user, String password) {
    return new Http(baseUrl, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> deleteJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method, with a JSON body when {@code json} is not null; {@code path} already encoded. */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(method, path, json, "application/json");
  }

  /** Any method, with a body of the given type when {@code body} is not null; {@code path} already encoded. */
  public HttpResponse<String> send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = request(path);
    if (body == null) {
      return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
