package care.whatmatters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "care.whatmatters", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain model is plain Java: rules can be read and tested without any framework. */
    @ArchTest
    static final ArchRule domainModelImportsNoFrameworks = noClasses()
            .that().resideInAnyPackage("..domain..", "care.whatmatters.shared..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "ca.uhn.fhir..",
                    "org.hl7.fhir..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("the domain model must import no Spring, JDBC, servlet, JSON or HAPI FHIR types");

    /** Only the access module decides who may see a record; the web layer never reads tables itself. */
    @ArchTest
    static final ArchRule webLayerDoesNotTouchTheDatabase = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "..persistence..")
            .because("controllers go through the modules' use cases, which check access and audit");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName(
                    "org.springframework.beans.factory.annotation.Autowired")
            .because("dependencies are passed to constructors, so every class shows what it needs");
}
