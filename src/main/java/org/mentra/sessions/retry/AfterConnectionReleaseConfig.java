package org.mentra.sessions.retry;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link AfterConnectionRelease} around every {@code @Transactional} method, outside the conflict
 * retry and the transaction interceptor, so what it runs finds the transaction ended and its connection
 * back in the pool.
 */
@Configuration(proxyBeanMethods = false)
class AfterConnectionReleaseConfig {

  static final int ORDER = ConflictRetryConfig.ORDER - 1;

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor afterConnectionReleaseAdvisor() {
    ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
        .union(new AnnotationMatchingPointcut(null, Transactional.class, true));
    DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new AfterConnectionRelease());
    advisor.setOrder(ORDER);
    return advisor;
  }
}
