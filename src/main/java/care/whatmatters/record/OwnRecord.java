package care.whatmatters.record;

/** A person's record as they (or someone acting for them) see it: the record and the discussion of their plan. */
public record OwnRecord(PersonRecord record, PlanDiscussion discussion) {
}
