package org.mentra.sessions.accountability;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountabilityProperties.class)
class AccountabilityConfiguration {

  /** The name the diagram uses for the properties: {@code ${accountabilityProperties.explanationWindow}}. */
  static final String PROPERTIES_BEAN = "accountabilityProperties";

  /**
   * Spring Boot registers configuration properties under a generated name; the diagram needs a
   * plain one, so the bean gets it as an alias (one bean, bound and validated as usual).
   */
  @Bean
  static BeanFactoryPostProcessor accountabilityPropertiesAlias() {
    return (ConfigurableListableBeanFactory beanFactory) -> {
      String[] names = beanFactory.getBeanNamesForType(AccountabilityProperties.class, true, false);
      if (names.length != 1) {
        throw new IllegalStateException("Expected one AccountabilityProperties bean, found " + names.length);
      }
      if (!names[0].equals(PROPERTIES_BEAN)) {
        beanFactory.registerAlias(names[0], PROPERTIES_BEAN);
      }
    };
  }
}
