package org.mentra.sessions.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Steps that differ only in which letter (or decision) they stand for are one delegate, and the
 * diagram says which: an input parameter of the task ({@code camunda:inputParameter name="letter"})
 * whose value is one of the enum's constants in words ({@code caring-check-in} for
 * {@code CARING_CHECK_IN}). The model check proves every task of such a delegate names a value that
 * exists, in the build and before a changed diagram is deployed. The delegate reads it with
 * {@link StepParameters#of}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StepParameter {

  /** The input parameter's name. */
  String name();

  /** The enum whose constants are the values. */
  Class<? extends Enum<?>> values();
}
