package io.taktline.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the layers, checked on the main classes of every module the WAR holds (mes-core, db,
 * plant-connectors, web-ui; bench is not in it): no package cycle; mes-core and db know nothing of
 * web-ui; Milo only in plant-connectors; a domain package does not import its own infrastructure;
 * JSF and JAX-RS only in web-ui; none of the constraints Payara's OpenAPI processor fails on.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.taktline");
        // Rules over classes that were not found would pass for nothing: every module must be here.
        for (String module : new String[] {
            "io.taktline.core.downtime", "io.taktline.db.historian", "io.taktline.connect", "io.taktline.web.plant"
        }) {
            assertThat(main.containPackage(module)).as(module).isTrue();
        }
    }

    @Test
    void noPackageDependsOnItselfInACycle() {
        slices().matching("io.taktline.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void coreAndStorageKnowNothingOfTheWebApplication() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.taktline.core..", "io.taktline.db..", "io.taktline.connect..", "io.taktline.sim..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.taktline.web..")
                .check(main);
    }

    @Test
    void miloStaysInPlantConnectors() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.taktline.connect..", "io.taktline.sim..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.milo..")
                .check(main);
    }

    @Test
    void jsfAndJaxRsStayInWebUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.taktline.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(main);
    }

    /**
     * Payara's OpenAPI processor fails ({@code /openapi} answers 500) on these constraints on any
     * parameter but a {@code @PathParam}, which takes in every record component: {@code Text} and
     * {@code Bounded} say the same.
     */
    @Test
    void noConstraintThatBreaksTheOpenApiDocument() {
        noClasses()
                .should()
                .dependOnClassesThat(JavaClass.Predicates.belongToAnyOf(
                        NotBlank.class,
                        NotEmpty.class,
                        Size.class,
                        Min.class,
                        Max.class,
                        DecimalMin.class,
                        DecimalMax.class,
                        Positive.class,
                        PositiveOrZero.class,
                        Negative.class,
                        NegativeOrZero.class))
                .check(main);
    }

    @Test
    void aDomainPackageDoesNotImportItsOwnInfrastructure() {
        classes()
                .that()
                .resideInAPackage("io.taktline.core..")
                .should(notDependOnTheirOwnInfrastructure())
                .check(main);
    }

    /** {@code core.downtime} may be used by {@code core.downtime.infrastructure}, never the other way. */
    private static ArchCondition<JavaClass> notDependOnTheirOwnInfrastructure() {
        return new ArchCondition<>("not depend on their own package's infrastructure") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = type.getPackageName() + ".infrastructure";
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    if (dependency.getTargetClass().getPackageName().equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
