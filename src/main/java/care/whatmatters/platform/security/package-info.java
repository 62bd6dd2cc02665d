/**
 * Sign-in and the doors (security filter chains). {@link care.whatmatters.platform.security.CurrentActor} is
 * exposed so adapters that are not Spring MVC controllers (the FHIR server) can find the signed-in actor.
 */
@org.springframework.modulith.NamedInterface("security")
package care.whatmatters.platform.security;
