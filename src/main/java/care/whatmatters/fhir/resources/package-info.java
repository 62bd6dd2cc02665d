/**
 * The read-only FHIR R4 resource providers: referrals (ServiceRequest, Task), outcome measures
 * (QuestionnaireResponse), consents, the directory (HealthcareService, Location), care teams, practitioners and
 * the access log (AuditEvent). Each maps the owning module's domain objects on the fly (there is no second copy
 * of the data) and reads only through that module's public API, so the access check and the audit happen where
 * they always do. Mappers are plain functions of domain values, tested on their own; providers are the HAPI
 * annotated beans the server registers. The mapping tables are in {@code docs/fhir-resources.md}.
 */
package care.whatmatters.fhir.resources;
