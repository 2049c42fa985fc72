package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link LoginThrottle}'s back-off on the login surfaces Spring Security does not see: HTTP Basic
 * on the engine REST API, the Camunda webapps' login form, and {@code identity/verify} on both. A held
 * back client or user gets a 429 with Retry-After before any password is checked. Failures are counted
 * where the engine checks passwords ({@link ThrottledIdentityProvider}), which learns the client's
 * address from this filter: it runs before every other one (Spring's RequestContextHolder is only set
 * after Spring Security has authenticated).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
  /** Login bodies are a few dozen bytes; a larger one is passed on without looking for the user. */
  private static final int MAX_LOGIN_BODY = 8 * 1024;
  private static final ThreadLocal<String> CLIENT_ADDRESS = new ThreadLocal<>();

  private final LoginThrottle throttle;
  private final ObjectMapper json;
  private final String engineRest;
  private final String webappLogin;
  private final String webappEngineRest;

  /**
   * @param engineRest the engine REST API's path ({@code /engine-rest})
   * @param webappPath the Camunda webapps' path ({@code /camunda}); their login form posts to
   *     {@code <webappPath>/api/admin/auth/user/<engine>/login/<app>}
   */
  LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, String engineRest, String webappPath) {
    this.throttle = throttle;
    this.json = json;
    this.engineRest = engineRest + "/";
    this.webappLogin = webappPath + "/api/admin/auth/user/";
    this.webappEngineRest = webappPath + "/api/engine/";
  }

  /** The address of the client whose request this thread serves, for the engine's password check. */
  @Nullable
  static String currentClientAddress() {
    return CLIENT_ADDRESS.get();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CLIENT_ADDRESS.set(request.getRemoteAddr());
    try {
      String path = path(request);
      if (path.startsWith(engineRest) || isWebappLogin(request, path) || isIdentityVerify(path)) {
        throttled(request, response, chain, path);
      } else {
        chain.doFilter(request, response);
      }
    } finally {
      CLIENT_ADDRESS.remove();
    }
  }

  private void throttled(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
      throws ServletException, IOException {
    HttpServletRequest passedOn = request;
    Optional<Duration> wait = throttle.backOff(request.getRemoteAddr(), basicUser(request));
    if (wait.isEmpty() && "POST".equals(request.getMethod())
        && (isWebappLogin(request, path) || isIdentityVerify(path))) {
      BufferedBody body = BufferedBody.of(request);
      passedOn = body.request();
      String user = isWebappLogin(request, path) ? formField(body.bytes(), "username") : jsonField(body.bytes());
      wait = throttle.backOff(request.getRemoteAddr(), user);
    }
    if (wait.isPresent()) {
      log.debug("Refused a login at {} from {}: throttled", path, request.getRemoteAddr());
      ProblemResponses.tooManyFailedLogins(json, response, wait.get());
      return;
    }
    chain.doFilter(passedOn, response);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private boolean isWebappLogin(HttpServletRequest request, String path) {
    return "POST".equals(request.getMethod()) && path.startsWith(webappLogin) && path.contains("/login/");
  }

  /** The engine's password check as a REST call: on the engine REST API and on the webapps' own. */
  private boolean isIdentityVerify(String path) {
    return (path.startsWith(engineRest) || path.startsWith(webappEngineRest)) && path.endsWith("/identity/verify");
  }

  @Nullable
  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Nullable
  static String formField(@Nullable byte[] body, String name) {
    if (body == null) {
      return null;
    }
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && name.equals(pair.substring(0, equals))) {
        try {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  @Nullable
  private String jsonField(@Nullable byte[] body) {
    if (body == null) {
      return null;
    }
    try {
      JsonNode username = json.readTree(body).path("username");
      return username.isTextual() ? username.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The start of a request body, read to find the user and then handed on unchanged. */
  private record BufferedBody(HttpServletRequest request, @Nullable byte[] bytes) {

    static BufferedBody of(HttpServletRequest request) throws IOException {
      InputStream original = request.getInputStream();
      byte[] start = original.readNBytes(MAX_LOGIN_BODY + 1);
      InputStream replay = new SequenceInputStream(new ByteArrayInputStream(start), original);
      HttpServletRequest wrapped = new HttpServletRequestWrapper(request) {
        private final ServletInputStream stream = new ServletInputStream() {
          private boolean finished;

          @Override
          public int read() throws IOException {
            int b = replay.read();
            finished = b < 0;
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = replay.read(b, off, len);
            finished = n < 0;
            return n;
          }

          @Override
          public boolean isFinished() {
            return finished;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("login bodies are read blocking");
          }
        };

        @Override
        public ServletInputStream getInputStream() {
          return stream;
        }

        @Override
        public BufferedReader getReader() {
          String encoding = getCharacterEncoding();
          return new BufferedReader(new InputStreamReader(stream,
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
      };
      return new BufferedBody(wrapped, start.length > MAX_LOGIN_BODY ? null : start);
    }
  }
}
