package org.mentra.sessions.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a client may sort a pageable API list by ({@code sort=start,desc}), on its
 * {@code Pageable} parameter. Any other {@code sort} is a 400 naming these; the OpenAPI description of
 * {@code sort} lists them. A {@code Pageable} without this annotation cannot be sorted by the client.
 * See {@link SortablePageables}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

  Field[] value();

  /** A field as the client names it (as in the response body), and the entity property behind it. */
  @interface Field {

    String name();

    /** The entity property; empty when it is the same as {@link #name()}. */
    String property() default "";
  }
}
