package care.whatmatters.selfmanagement.domain;

import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the person is aiming for with one kind of reading, linked to the plan goal it serves: at least or at
 * most a value (for blood pressure, the systolic). Readings are shown against it.
 */
public record MonitoringTarget(UUID id, PersonId person, ReadingKind kind, UUID goal, Direction direction,
        BigDecimal value, Stamp set) {

    public enum Direction { AT_LEAST, AT_MOST }

    public static MonitoringTarget of(UUID id, PersonId person, ReadingKind kind, UUID goal, Direction direction,
            BigDecimal value, Stamp set) {
        InputCheck check = new InputCheck().required("kind", kind).required("goal", goal)
                .required("direction", direction).required("value", value);
        check.that(kind == null || value == null || kind.plausible(value), "value",
                "must be a plausible value for the reading");
        check.orThrow();
        return new MonitoringTarget(id, person, kind, goal, direction, value, set);
    }

    public boolean met(BigDecimal reading) {
        return direction == Direction.AT_LEAST ? reading.compareTo(value) >= 0 : reading.compareTo(value) <= 0;
    }
}
