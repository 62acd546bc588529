package org.consulta.core.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.consulta.core");

  @Test
  void jacksonIsUsedOnlyInTheJsonPackage() {
    noClasses()
        .that().resideOutsideOfPackage("org.consulta.core.json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void everyPublicRecordOfTheApiHasARoundTripSample() {
    Set<Class<?>> sampled = Samples.all().stream().map(s -> s.value().getClass()).collect(Collectors.toSet());

    Set<String> missing = CORE.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().contains(".internal") && !c.getPackageName().contains(".store"))
        .map(JavaClass::reflect)
        .filter(Class::isRecord)
        .filter(type -> !sampled.contains(type))
        .map(Class::getName)
        .collect(Collectors.toSet());

    assertThat(missing).as("public records without a sample in Samples").isEmpty();
  }
}
