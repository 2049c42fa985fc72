package org.mentra.sessions.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a browser test class covers: Camunda Forms (the file name in {@code forms/} without
 * {@code .form}), one-click link purposes and our own pages (their path). {@code BrowserCoverageTest}
 * fails when a form or a purpose has no browser test naming it; a new one is one word here.
 * A failing browser test leaves what the browser showed in target/browser-failures/.
 */
@Target(ElementType.TYPE)
@org.junit.jupiter.api.extension.ExtendWith(BrowserFailures.class)
@Retention(RetentionPolicy.RUNTIME)
public @interface BrowserCovers {

  /** Form files, e.g. {@code "resolve-council"} for forms/resolve-council.form. */
  String[] forms() default {};

  /** One-click purposes, e.g. {@code "council.availability"}. */
  String[] links() default {};

  /** Our pages, e.g. {@code "/coordination/councils"}. */
  String[] pages() default {};
}
