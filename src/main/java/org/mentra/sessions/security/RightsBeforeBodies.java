package org.mentra.sessions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API operation's {@code @PreAuthorize} rule checked before its body is read: method security runs when
 * the controller is called, after Spring has bound and validated the body, so a caller without the right
 * got a 400 naming the fields it got wrong instead of a 403. Rules that read the operation's arguments
 * ({@code #id}) still wait for them; method security checks every rule again when the controller is called.
 */
@Configuration
class RightsBeforeBodies implements WebMvcConfigurer {

  private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

  RightsBeforeBodies(ApplicationContext context) {
    DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    expressions.setApplicationContext(context); // for @caller in the rules
    rules.setExpressionHandler(expressions);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && readsNoArgument(method)) {
          AuthorizationResult result = rules.authorize(
              () -> SecurityContextHolder.getContext().getAuthentication(),
              new SimpleMethodInvocation(method.getBean(), method.getMethod()));
          if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
          }
        }
        return true;
      }
    }).addPathPatterns("/api/**");
  }

  private static boolean readsNoArgument(HandlerMethod method) {
    PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
    if (rule == null) {
      rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
    }
    return rule != null && !rule.value().contains("#");
  }
}
