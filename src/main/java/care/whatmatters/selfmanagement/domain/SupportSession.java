package care.whatmatters.selfmanagement.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A health coaching, peer support or education session, with notes, linked to the plan goals it served. */
public record SupportSession(UUID id, PersonId person, Kind kind, LocalDate heldOn, String facilitator, String notes,
        List<UUID> goals, Stamp recorded) {

    public enum Kind {
        HEALTH_COACHING("Health coaching"), PEER_SUPPORT("Peer support"), EDUCATION("Self-management education");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SupportSession {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static SupportSession of(UUID id, PersonId person, Kind kind, LocalDate heldOn, String facilitator,
            String notes, List<UUID> goals, LocalDate today, Stamp recorded) {
        InputCheck check = new InputCheck().required("kind", kind).required("heldOn", heldOn)
                .requiredText("facilitator", facilitator, FreeText.LINE).requiredText("notes", notes, FreeText.LONG)
                .that(heldOn == null || !heldOn.isAfter(today), "heldOn", "cannot be in the future");
        check.orThrow();
        return new SupportSession(id, person, kind, heldOn, facilitator, notes, goals, recorded);
    }
}
