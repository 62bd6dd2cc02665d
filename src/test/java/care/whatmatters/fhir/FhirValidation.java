package care.whatmatters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates resources against base FHIR R4 with HAPI's instance validator (the published StructureDefinitions
 * and the value sets it can expand in memory). Built once per test JVM: loading the definitions takes seconds.
 */
public final class FhirValidation {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    private FhirValidation() {
    }

    public static FhirContext context() {
        return FHIR;
    }

    /** The errors (and fatal problems) the validator finds; warnings and information are left out. */
    public static synchronized List<String> errors(IBaseResource resource) {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                    new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
                    new SnapshotGeneratingValidationSupport(FHIR));
            validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString).toList();
    }

    /** The errors in a resource given as JSON. */
    public static List<String> errors(String json) {
        return errors(FHIR.newJsonParser().parseResource(json));
    }
}
