package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.mentra.sessions.engine.EngineRestAuthentication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Failed logins are throttled by the application ({@link LoginThrottle}), not by the engine: the
 * engine's own lock (login-max-attempts and login-delay-* in application.yml, switched off there) would
 * let anybody lock a known user out, for good after ten wrong passwords.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottleConfig {

  /** Before Spring Security, whose logins the engine counts with the address this filter keeps. */
  static final int FILTER_ORDER = org.springframework.boot.autoconfigure.security.SecurityProperties
      .DEFAULT_FILTER_ORDER - 10;

  /** The engine counts every failed password check, whichever surface asked. */
  @Bean
  ProcessEnginePlugin throttledIdentityProvider(LoginThrottle throttle, BasicLoginCache logins) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return DbIdentityServiceProvider.class;
          }

          @Override
          public Session openSession() {
            return new ThrottledIdentityProvider(throttle, logins);
          }
        });
      }
    };
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper json,
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(
        throttle, json, EngineRestAuthentication.PATH, camunda.getWebapp().getApplicationPath()));
    registration.setName("login-throttle");
    registration.setOrder(FILTER_ORDER);
    registration.setAsyncSupported(true);
    return registration;
  }
}
