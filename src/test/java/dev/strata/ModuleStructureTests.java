package dev.strata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The house plan, enforced: the top-level packages under {@code dev.strata} are Spring Modulith
 * application modules with no cycles between them, no module reaches into another's internals,
 * and the schema engine is a library that knows nothing of the application around it.
 */
class ModuleStructureTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(StrataApplication.class);

    @Test
    void modulesUseOnlyEachOthersInterfacesAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void schemaEngineDependsOnNoFrameworkAndNoOtherModule() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.strata.schema");
        // A package-info may name its package a Modulith interface: metadata that nothing in the engine reads.
        classes().that().resideInAPackage("dev.strata.schema..").and().haveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.strata.schema..", "java..", "org.jspecify..",
                        "org.springframework.modulith")
                .check(engine);
        noClasses().that().resideInAPackage("dev.strata.schema..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.hibernate..", "jakarta.persistence..", "org.flywaydb..",
                        "io.r2dbc..", "io.lettuce..", "picocli..")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "belong to another Strata module",
                        type -> type.getPackageName().startsWith("dev.strata.")
                                && !type.getPackageName().startsWith("dev.strata.schema")))
                .check(engine);
    }

    /** Writes the component diagram and a canvas per module to {@code target/spring-modulith-docs}. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
