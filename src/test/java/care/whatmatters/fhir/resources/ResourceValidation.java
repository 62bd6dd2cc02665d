package care.whatmatters.fhir.resources;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator against base FHIR R4: structure, cardinality, invariants and the code systems
 * FHIR itself defines. SNOMED CT and the platform's local code systems cannot be checked without a
 * terminology server, so an unknown code system is a warning, not an error; every error fails the test.
 * Building the validator loads the whole R4 specification, so there is one per test run.
 */
public final class ResourceValidation {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = validator();

    private ResourceValidation() {
    }

    private static FhirValidator validator() {
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(FHIR);
        unknown.setNonExistentCodeSystemSeverity(org.hl7.fhir.common.hapi.validation.support
                .UnknownCodeSystemWarningValidationSupport.DEFAULT_SEVERITY);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR), unknown);
        return FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    public static FhirContext context() {
        return FHIR;
    }

    /** The errors (and fatal errors) the validator finds; empty when the resource is valid R4. */
    public static List<String> errors(IBaseResource resource) {
        ValidationResult result = VALIDATOR.validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(ResourceValidation::describe).toList();
    }

    /** Fails with every error found, and the resource as JSON, so a failure says exactly what to fix. */
    public static void assertValid(IBaseResource resource) {
        String json = FHIR.newJsonParser().encodeResourceToString(resource);
        // A strict parser refuses any element R4 does not define, so what we send reads back exactly.
        FHIR.newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler())
                .parseResource(resource.getClass(), json);
        List<String> errors = errors(resource);
        if (!errors.isEmpty()) {
            throw new AssertionError("Not valid R4:\n  " + String.join("\n  ", errors) + "\n"
                    + FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
        }
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " at " + m.getLocationString() + ": " + m.getMessage();
    }
}
