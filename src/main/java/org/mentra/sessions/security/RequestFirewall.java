package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, applied before anything else runs: some filters ahead of Spring
 * Security's own check (its path parsing for the engine REST servlet) failed with a 500 on a path
 * parameter such as {@code /engine-rest;x/user}. A refused request gets a 400 problem, here and where
 * Spring Security's filters refuse one (a header checked later).
 */
@Configuration
class RequestFirewall {

  /** The one firewall; Spring Security uses this bean too. */
  @Bean
  HttpFirewall httpFirewall() {
    return new StrictHttpFirewall();
  }

  /** Spring Security uses this bean for what its firewall refuses. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
    return ProblemResponses.rejected(json);
  }

  @Bean
  FilterRegistrationBean<Filter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
    Filter filter = (request, response, chain) -> {
      try {
        firewall.getFirewalledRequest((HttpServletRequest) request);
      } catch (RequestRejectedException e) {
        rejected.handle((HttpServletRequest) request, (HttpServletResponse) response, e);
        return;
      }
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("firewall-first");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setAsyncSupported(true);
    return registration;
  }
}
