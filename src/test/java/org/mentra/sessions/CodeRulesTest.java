package org.mentra.sessions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.junit.jupiter.api.Test;

/**
 * Rules of the code that the module check does not cover: HTTP stays in the web layer (services,
 * delegates and jobs speak in domain errors), and every entity has a nullable optimistic-lock version
 * (a primitive one makes Spring Data merge a new entity with an assigned id into an existing row).
 */
class CodeRulesTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.mentra.sessions");

  /** The web layer: every feature's {@code web} sub-package, the kernel's {@code web} module, security. */
  static final String[] WEB_LAYER = {"..web..", "org.mentra.sessions.security.."};

  @Test
  void onlyTheWebLayerUsesHttpTypes() {
    noClasses().that().resideOutsideOfPackages(WEB_LAYER)
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
            "org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..")
        .because("services, delegates and jobs throw domain errors (shared.DomainException); "
            + "the API, the one-click pages and Tasklist translate them in one place each")
        .check(MAIN);
  }

  @Test
  void onlyTheWebLayerUsesTheApiHelpers() {
    noClasses().that().resideOutsideOfPackages(WEB_LAYER)
        .should().dependOnClassesThat().resideInAPackage("org.mentra.sessions.web")
        .check(MAIN);
  }

  @Test
  void everyEntityHasANullableVersion() {
    ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class)
        .should(haveAVersionField())
        .check(MAIN);
    fields().that().areAnnotatedWith(Version.class)
        .should().haveRawType(Long.class)
        .because("null means new; a primitive version makes save() merge a new entity into an existing row")
        .check(MAIN);
  }

  private static ArchCondition<JavaClass> haveAVersionField() {
    return new ArchCondition<>("have a field annotated @Version") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean has = type.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(Version.class));
        events.add(new SimpleConditionEvent(type, has, type.getName() + (has ? " has" : " has no") + " @Version field"));
      }
    };
  }
}
