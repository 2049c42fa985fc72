package org.mentra.sessions.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed model of one Thymeleaf template (a mail or a page): a record whose components are the
 * variables the template reads. One record per template, so a template and the code that fills it
 * cannot drift apart unnoticed: a missing value is a compile error, not an empty line in a mail.
 */
public interface TemplateModel {

  /** The template's name: under {@code templates/mail/} for a mail, under {@code templates/} for a page. */
  String template();

  /** The record's components by name, as the template sees them. */
  default Map<String, Object> variables() {
    Class<?> type = getClass();
    if (!type.isRecord()) {
      throw new IllegalStateException(type.getName() + " must be a record to be a template model");
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        component.getAccessor().setAccessible(true);
        Object value = component.getAccessor().invoke(this);
        if (value != null) {
          variables.put(component.getName(), value);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component.getName() + " of " + type.getName(), e);
      }
    }
    return variables;
  }
}
