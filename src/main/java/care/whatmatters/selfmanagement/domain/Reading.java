package care.whatmatters.selfmanagement.domain;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A checked self-monitoring reading in its kind's own unit. {@code second} is the diastolic pressure of a
 * blood pressure reading. A reading is identified by its source and its id there, so the same reading sent
 * twice is stored once.
 */
public record Reading(UUID id, PersonId person, ReadingKind kind, BigDecimal value, BigDecimal second,
        Instant effectiveAt, String source, String sourceId, Instant receivedAt) {

    /** Checks an incoming reading: known unit, plausible values, when it was taken; answers it or its problems. */
    public static Optional<Reading> check(UUID id, PersonId person, IncomingReading in, Instant now,
            List<FieldProblem> problems) {
        int before = problems.size();
        if (in.effectiveAt() == null) {
            problems.add(new FieldProblem(in.at() + ".effective", "is required: when the reading was taken"));
        } else if (in.effectiveAt().isAfter(now.plusSeconds(300))) {
            problems.add(new FieldProblem(in.at() + ".effective", "is in the future"));
        }
        BigDecimal value = own(in, in.value(), "value", problems);
        BigDecimal second = in.kind() == ReadingKind.BLOOD_PRESSURE ? own(in, in.second(), "diastolic", problems) : null;
        if (value != null && second != null && second.compareTo(value) >= 0) {
            problems.add(new FieldProblem(in.at() + ".component", "the diastolic pressure must be below the systolic"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Reading(id, person, in.kind(), value, second, in.effectiveAt(), in.source(),
                in.sourceId(), now));
    }

    private static BigDecimal own(IncomingReading in, BigDecimal given, String what, List<FieldProblem> problems) {
        String field = in.at() + (what.equals("value") ? ".valueQuantity" : ".component." + what);
        if (given == null) {
            problems.add(new FieldProblem(field, "is required: the " + what + " of the reading"));
            return null;
        }
        Optional<BigDecimal> converted = in.unit() == null ? Optional.empty() : in.kind().toOwnUnit(given, in.unit());
        if (converted.isEmpty()) {
            problems.add(new FieldProblem(field + ".code", "must be a UCUM unit accepted for " + in.kind().label()
                    .toLowerCase() + ": one of " + new java.util.TreeSet<>(in.kind().acceptedUnits())));
            return null;
        }
        if (!in.kind().plausible(converted.get())) {
            problems.add(new FieldProblem(field, "is not a plausible " + in.kind().label().toLowerCase() + " ("
                    + converted.get().stripTrailingZeros().toPlainString() + " " + in.kind().unit() + "; accepted "
                    + in.kind().lowest().toPlainString() + " to " + in.kind().highest().toPlainString() + ")"));
            return null;
        }
        return converted.get();
    }
}
