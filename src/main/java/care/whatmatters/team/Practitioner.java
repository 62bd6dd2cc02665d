package care.whatmatters.team;

import care.whatmatters.shared.PractitionerId;

/** A professional who may join people's care teams. */
public record Practitioner(PractitionerId id, String name, Profession profession, String organisation) {
}
