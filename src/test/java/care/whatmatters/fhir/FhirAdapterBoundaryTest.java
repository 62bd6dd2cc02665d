package care.whatmatters.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "care.whatmatters", importOptions = ImportOption.DoNotIncludeTests.class)
class FhirAdapterBoundaryTest {

    /** HAPI's model and context stay in the FHIR adapter; every other module speaks its own domain. */
    @ArchTest
    static final ArchRule onlyTheFhirModuleUsesHapi = noClasses()
            .that().resideOutsideOfPackage("care.whatmatters.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
            .because("HAPI FHIR types stay in the fhir module (care.whatmatters.fhir)");
}
