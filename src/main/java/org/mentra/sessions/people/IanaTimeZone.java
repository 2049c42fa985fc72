package org.mentra.sessions.people;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** An IANA time zone id such as Europe/Berlin or UTC (not an offset, not an abbreviation like EST). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaTimeZone.Validator.class)
public @interface IanaTimeZone {

  String message() default "must be an IANA time zone such as Europe/Berlin, America/New_York or UTC";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IanaTimeZone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isIana(value);
    }

    /**
     * Region ids, and UTC: "Europe/Berlin", "Etc/UTC" and "UTC" yes; "CET", "EST" or "+02:00" no. The
     * other ids without a slash are legacy abbreviations that people mistake for their local time.
     */
    public static boolean isIana(String value) {
      return (value.contains("/") || value.equals("UTC")) && ZoneId.getAvailableZoneIds().contains(value);
    }
  }
}
