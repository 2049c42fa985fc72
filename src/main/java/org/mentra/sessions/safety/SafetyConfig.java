package org.mentra.sessions.safety;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SafetyProperties.class)
class SafetyConfig {

  /** The name the diagram uses for the properties: {@code ${safetyProperties.urgentResponse}}. */
  static final String PROPERTIES_BEAN = "safetyProperties";

  /** Spring Boot registers configuration properties under a generated name; the diagram needs a plain one. */
  @Bean
  static BeanFactoryPostProcessor safetyPropertiesAlias() {
    return (ConfigurableListableBeanFactory beanFactory) -> {
      String[] names = beanFactory.getBeanNamesForType(SafetyProperties.class, true, false);
      if (names.length != 1) {
        throw new IllegalStateException("Expected one SafetyProperties bean, found " + names.length);
      }
      if (!names[0].equals(PROPERTIES_BEAN)) {
        beanFactory.registerAlias(names[0], PROPERTIES_BEAN);
      }
    };
  }
}
