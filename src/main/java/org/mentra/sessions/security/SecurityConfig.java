package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * Who may call what. The API (/api/v1) and the coordinator pages need a login: HTTP Basic against
 * the engine's users where enabled (the demo profile), a JWT from the platform's identity provider
 * where Spring's resource-server properties are set. The Camunda webapps and the engine REST API
 * authenticate against the engine themselves; one-click links carry their own signed token.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  @Bean
  AuthenticationProvider engineIdentityAuthenticationProvider(IdentityService identityService,
      LoginThrottle throttle, BasicLoginCache cache) {
    return new EngineIdentityAuthenticationProvider(identityService, throttle, cache);
  }

  /**
   * No observation (timer, trace) around each of Spring Security's filters, its authentication and its
   * authorization: nothing reads them (the actuator shows only health), and under load they cost about 5 % of a
   * request's CPU (JFR). The request as a whole is still observed (http.server.requests).
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
      ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        // API clients send their credentials themselves and keep no session, so they need no CSRF token. A
        // browser, though, remembers an HTTP Basic login (never a bearer token) and sends it along with a form
        // another site posts: such a change, marked by the browser as from another site (Fetch Metadata), is
        // refused, as the API keeps no token it could check.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
            SecurityConfig::isBasicFromAnotherSite)).csrfTokenRepository(NO_TOKENS))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemResponses.unauthorized(json, properties.httpBasic()))
            .accessDeniedHandler(ProblemResponses.forbidden(json)));
    if (properties.httpBasic()) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json, true)));
    }
    if (jwtDecoder.getIfAvailable() != null) {
      http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(
          jwtAuthentication(properties.jwtGroupsClaim()))));
    }
    if (!properties.httpBasic() && jwtDecoder.getIfAvailable() == null) {
      log.warn("Neither HTTP Basic (mentra.security.http-basic) nor a JWT issuer "
          + "(spring.security.oauth2.resourceserver.jwt.*) is configured: the API refuses every call.");
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain coordinatorPages(HttpSecurity http, SecurityProperties properties,
      ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json) throws Exception {
    http.securityMatcher("/outbox/**", "/coordination/**")
        // The safety page is the moderators' too: they work the reports it measures.
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/coordination/safety", "/coordination/safety/**")
            .hasAnyAuthority(Caller.COORDINATOR, Caller.MODERATOR)
            .anyRequest().hasAuthority(Caller.COORDINATOR))
        // CSRF guards what a browser sends by itself, the credentials it remembers; a change sent
        // without any is refused as unauthenticated (401), not as forged.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
            .csrfTokenRequestHandler(tokensLoadedBeforeThePage()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemResponses.unauthorized(json, properties.httpBasic()))
            .accessDeniedHandler(ProblemResponses.forbidden(json)));
    if (properties.httpBasic()) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json, true)));
    }
    if (jwtDecoder.getIfAvailable() != null) {
      http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(
          jwtAuthentication(properties.jwtGroupsClaim()))));
    }
    return http.build();
  }

  /**
   * The CSRF token (and the session that keeps it) before the page renders, not at its first form: a long
   * page has committed its response by then, and a session can no longer be created.
   */
  private static XorCsrfTokenRequestAttributeHandler tokensLoadedBeforeThePage() {
    XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
    handler.setCsrfRequestAttributeName(null);
    return handler;
  }

  /**
   * Everything else: the Camunda webapps and engine REST API (their own login), one-click links
   * (their own signed token, so no session and no CSRF cookie), the OpenAPI document and health.
   */
  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  /** The API keeps no CSRF tokens: a change that needs one is refused. */
  private static final CsrfTokenRepository NO_TOKENS = new CsrfTokenRepository() {
    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
      return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "none");
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
      return null;
    }
  };

  /**
   * HTTP Basic on a request the browser says another site started ({@code Sec-Fetch-Site}; clients other
   * than browsers send no such header).
   */
  static boolean isBasicFromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site))
        && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  static JwtAuthenticationConverter jwtAuthentication(String groupsClaim) {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(jwt -> authorities(jwt, groupsClaim));
    return converter;
  }

  private static Collection<GrantedAuthority> authorities(Jwt jwt, String groupsClaim) {
    List<String> groups = jwt.hasClaim(groupsClaim) ? jwt.getClaimAsStringList(groupsClaim) : List.of();
    return GroupAuthorities.of(groups);
  }
}
