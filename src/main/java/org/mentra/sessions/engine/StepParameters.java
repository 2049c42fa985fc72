package org.mentra.sessions.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/** Reading and writing the values of {@link StepParameter}s. */
public final class StepParameters {

  private StepParameters() {}

  /** How a diagram writes a constant: lower case, words joined by hyphens. */
  public static String inDiagram(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The values a diagram may write for the enum, for messages. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(StepParameters::inDiagram).collect(Collectors.joining(", "));
  }

  /** The constant a diagram wrote, or an exception naming the values it may write. */
  public static <E extends Enum<E>> E parse(Class<E> type, String name, Object value) {
    for (E constant : type.getEnumConstants()) {
      if (inDiagram(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalStateException("The input parameter " + name + " is '" + value + "'; it must be one of "
        + allowed(type));
  }

  /**
   * The value this task gives the parameter that the delegate's class declares:
   * {@code Reminder reminder = StepParameter.of(execution, this);}
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <E extends Enum<E>> E of(VariableScope step, Object delegate) {
    Class<?> type = ClassUtils.getUserClass(delegate);
    StepParameter parameter = AnnotationUtils.findAnnotation(type, StepParameter.class);
    if (parameter == null) {
      throw new IllegalStateException(type.getSimpleName() + " declares no @StepParameter");
    }
    return (E) parse((Class) parameter.values(), parameter.name(), step.getVariableLocal(parameter.name()));
  }
}
