package io.jifen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The package-by-feature shape of ARCHITECTURE.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jifen");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("io.jifen.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewsAreReachedOnlyThroughTheRouter() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAPackage("io.jifen.(*).ui..")
                .as("only UI code (and the security configuration naming its login view) uses views")
                .allowEmptyShould(true)
                .check(CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("DevSecurityConfig"))));
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void securityAndSharedKnowNoFeature() {
        noClasses().that().resideInAnyPackage("io.jifen.security..", "io.jifen.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jifen.organization..", "io.jifen.scheme..",
                        "io.jifen.scoring..", "io.jifen.ledger..")
                .check(CLASSES);
    }

    @Test
    void scoringEngineIsPlainJava() {
        noClasses().that().resideInAPackage("io.jifen.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotUseTheUi() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }
}
