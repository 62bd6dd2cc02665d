package care.whatmatters.access;

import care.whatmatters.audit.AuditEntry;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import java.util.UUID;

/**
 * The signed-in user on whose behalf something is done: passed explicitly into every use case that touches
 * personal data, so access checks and audit stamps never depend on hidden state.
 *
 * @param title      how they are described beside their name: a profession, or the role
 * @param person     for a PERSON account, whose record is theirs
 * @param practitioner for a PRACTITIONER account, who they are in care teams
 */
public record Actor(UUID accountId, String username, String name, Role role, String title,
        PractitionerId practitioner, PersonId person) {

    /** An actor for work the platform does itself (seeding demo data, scheduled jobs). */
    public static Actor system(String purpose) {
        return new Actor(null, "system", "WhatMatters (" + purpose + ")", Role.ADMIN, "System", null, null);
    }

    public boolean isPractitioner() {
        return role == Role.PRACTITIONER && practitioner != null;
    }

    public boolean isPerson() {
        return role == Role.PERSON;
    }

    /** The name and title written on what they record, e.g. "Sam Okafor, Occupational therapist". */
    public String signature() {
        return name + ", " + title;
    }

    AuditEntry.Actor forAudit() {
        return new AuditEntry.Actor(accountId, username, name, title);
    }
}
