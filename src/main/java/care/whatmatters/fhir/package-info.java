/**
 * The FHIR R4 adapter: FHIR resources in and out of the platform, over the other modules' public APIs.
 * HAPI FHIR types (the R4 model, {@code FhirContext}, parsers) stay inside this module, so no other module
 * depends on them.
 * <p>
 * Today it receives self-monitoring readings: {@code POST /api/v1/persons/{id}/observations} takes one
 * LOINC-coded {@code Observation}, or a {@code Bundle} of them, and hands them to the self-management module as
 * readings. The context ({@link ca.uhn.fhir.context.FhirContext}) is expensive to build, so there is one, a
 * singleton bean; parsers are cheap and made per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR adapter")
package care.whatmatters.fhir;
