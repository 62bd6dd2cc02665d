/**
 * The FHIR R4 adapter: FHIR resources in and out of the platform, over the other modules' public APIs.
 * HAPI FHIR types (the R4 model, {@code FhirContext}, parsers) stay inside this module, so no other module
 * depends on them.
 * <p>
 * {@code fhir.server} is the plain HAPI RESTful server at {@code /fhir} (see docs/fhir.md): every
 * {@link ca.uhn.fhir.rest.server.IResourceProvider} bean joins it, every {@link PatientCompartment} bean joins
 * {@code Patient/{id}/$everything}; providers read and write only through the owning modules' public APIs, so
 * access is checked and audited there, and {@code fhir.mapping} maps the domain to FHIR and back (never a
 * second copy of the data). Invariants: no table of its own; a plan sent in is a draft (agreement needs the
 * person); a transaction Bundle is one database transaction.
 * <p>
 * It also receives self-monitoring readings: {@code POST /api/v1/persons/{id}/observations} takes one
 * LOINC-coded {@code Observation}, or a {@code Bundle} of them, and hands them to the self-management module as
 * readings. The context ({@link ca.uhn.fhir.context.FhirContext}) is expensive to build, so there is one, a
 * singleton bean; parsers are cheap and made per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR adapter")
package care.whatmatters.fhir;
