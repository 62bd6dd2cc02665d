/**
 * Shared decision making and choice, as plain Java: the structured decision record (options with their
 * benefits and risks, what doing nothing means, what matters most, the decision) and the choice offer.
 */
@org.springframework.modulith.NamedInterface("domain")
package care.whatmatters.decision.domain;
