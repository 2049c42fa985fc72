package org.mentra.sessions.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as `mvn spring-boot:run` starts it: no profile chosen, so the demo profile, on an
 * embedded H2 file database (a new one under target/) with the demo users and data. Every *DemoIT uses
 * this one configuration, so they share one application context (failsafe runs them in a JVM of their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:file:./target/demo-it/${random.uuid}/mentra;DB_CLOSE_ON_EXIT=FALSE")
public @interface DemoApplicationTest {}
