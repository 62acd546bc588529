package org.consulta.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.consulta.core");

  @Test
  void theRulesSeeTheWholeCore() {
    // guards every rule below against passing vacuously on an empty or partial import
    assertThat(CORE.stream().map(c -> c.getPackageName()).distinct())
        .contains("org.consulta.core", "org.consulta.core.consultation", "org.consulta.core.contribution", "org.consulta.core.internal",
            "org.consulta.core.store.memory", "org.consulta.core.json");
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("org.consulta.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void featurePackagesDoNotReachUpIntoStoreEngineOrMapping() {
    noClasses().that().resideInAnyPackage("..core.consultation..", "..core.participant..", "..core.contribution..", "..core.access..",
            "..core.value..", "..core.error..", "..core.event..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.store..", "..core.internal..", "..core.json..")
        .check(CORE);
  }

  @Test
  void onlyTheJsonPackageUsesJackson() {
    noClasses().that().resideOutsideOfPackage("..core.json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void nothingButTheFacadeUsesTheEngineInternals() {
    noClasses().that().resideOutsideOfPackages("..core.internal..").and().doNotHaveFullyQualifiedName(Consulta.class.getName())
        .and().doNotHaveFullyQualifiedName(Consulta.Builder.class.getName())
        .should().dependOnClassesThat().resideInAPackage("..core.internal..")
        .check(CORE);
  }

  @Test
  void lowerLayersStayBelowHigherOnes() {
    noClasses().that().resideInAnyPackage("..core.participant..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.consultation..", "..core.contribution..").check(CORE);
    noClasses().that().resideInAnyPackage("..core.consultation..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.contribution..").check(CORE);
    noClasses().that().resideInAnyPackage("..core.expectation..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.outcome..", "..core.internal..").check(CORE);
    noClasses().that().resideInAnyPackage("..core.access..", "..core.value..", "..core.error..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.consultation..", "..core.participant..", "..core.contribution..",
            "..core.event..").check(CORE);
  }
}
