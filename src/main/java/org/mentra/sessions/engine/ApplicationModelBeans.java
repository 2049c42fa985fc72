package org.mentra.sessions.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What {@link ModelCheck} needs to know of the running application: its beans (by name, from their
 * definitions, so nothing is created early) and the messages its code sends to processes. The same
 * view serves the build's model check and the check before a changed diagram is deployed.
 */
public class ApplicationModelBeans implements ModelCheck.Beans {

  private static final String BASE_PACKAGE = "org.mentra.sessions";
  private static final List<String> MAIL_KEY_TYPES =
      List.of("org/mentra/sessions/mail/MailStep", "org/mentra/sessions/mail/MailKey");

  private final ListableBeanFactory beans;

  public ApplicationModelBeans(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public Optional<Class<?>> typeOf(String name) {
    if (!beans.containsBean(name)) {
      return Optional.empty();
    }
    Class<?> type = beans.getType(name, false);
    return Optional.ofNullable(type == null ? null : ClassUtils.getUserClass(type));
  }

  /** A delegate that refers to {@code MailStep} or {@code MailKey} (itself or a superclass) sends mail. */
  @Override
  public boolean mails(String name) {
    for (Class<?> type = typeOf(name).orElse(null); type != null && type != Object.class;
        type = type.getSuperclass()) {
      String bytecode = bytecode(type);
      if (MAIL_KEY_TYPES.stream().anyMatch(bytecode::contains)) {
        return true;
      }
    }
    return false;
  }

  /** Every name of every {@link ProcessMessage} enum of the application. */
  public static Set<String> correlatedMessages() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ProcessMessage.class));
    return scanner.findCandidateComponents(BASE_PACKAGE).stream()
        .map(candidate -> load(candidate.getBeanClassName()))
        .filter(Class::isEnum)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> ((ProcessMessage) constant).messageName())
        .collect(Collectors.toSet());
  }

  /** The class file as text: the names of the types it refers to stand in it as they are. */
  private static String bytecode(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return "";
    }
    try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return ClassUtils.forName(name, ApplicationModelBeans.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
