package care.whatmatters.socialprescribing.domain;

import care.whatmatters.shared.PractitionerId;

/**
 * Who referred: the signature of whoever recorded it ("Dr Priya Shah, GP"), their practitioner id when a
 * practitioner, and their organisation, so the message back can be addressed to them.
 */
public record Referrer(String signature, PractitionerId practitioner, String organisation) {
}
