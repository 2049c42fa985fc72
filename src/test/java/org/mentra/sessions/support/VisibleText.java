package org.mentra.sessions.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * What a reader of a page, a form or a mail sees, and the internal codes that must not be in it:
 * the constants of our enums (COLLECTING_AVAILABILITY, UNAVAILABLE) and any UPPER_SNAKE word.
 */
public final class VisibleText {

  private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
  private static final Set<String> ENUM_CONSTANTS = enumConstants();

  private VisibleText() {}

  /** A page's text as the browser shows it: without head, scripts, styles and markup, entities decoded. */
  public static String of(String html) {
    String body = html.replaceAll("(?is)<head.*?</head>", " ").replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
        .replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
    return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ").strip();
  }

  /** The internal codes in a text a person reads, in order. */
  public static List<String> codesIn(String text) {
    List<String> codes = new ArrayList<>();
    Matcher word = UPPER_WORD.matcher(text);
    while (word.find()) {
      String found = word.group();
      if (found.contains("_") || ENUM_CONSTANTS.contains(found)) {
        codes.add(found);
      }
    }
    return codes;
  }

  private static Set<String> enumConstants() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
        return true;
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
    Set<String> constants = new LinkedHashSet<>();
    scanner.findCandidateComponents("org.mentra.sessions").forEach(bean -> {
      Class<?> type = ClassUtils.resolveClassName(bean.getBeanClassName(), VisibleText.class.getClassLoader());
      if (!type.isEnum()) {
        return; // a constant's own body
      }
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        if (name.length() > 1) {
          constants.add(name);
        }
      }
    });
    return constants;
  }
}
