package org.mentra.sessions.retry;

import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Puts {@link ConflictRetry} around every {@link RetryOnConflict} method, outside the transaction
 * interceptor (which has the lowest precedence), so an attempt always starts a fresh transaction.
 */
@Configuration(proxyBeanMethods = false)
class ConflictRetryConfig {

  /** Just outside the transaction interceptor, inside method security. */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor conflictRetryAdvisor(Environment environment) {
    Binder binder = Binder.get(environment);
    RetryPolicy policy = new RetryPolicy(
        binder.bind("mentra.conflict-retry.max-attempts", Integer.class).orElse(4),
        binder.bind("mentra.conflict-retry.initial-backoff", Duration.class).orElse(Duration.ofMillis(20)),
        binder.bind("mentra.conflict-retry.max-backoff", Duration.class).orElse(Duration.ofMillis(200)));
    ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(RetryOnConflict.class, true))
        .union(new AnnotationMatchingPointcut(null, RetryOnConflict.class, true));
    DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new ConflictRetry(policy));
    advisor.setOrder(ORDER);
    return advisor;
  }
}
