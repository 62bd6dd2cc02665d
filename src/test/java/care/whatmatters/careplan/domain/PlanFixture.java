package care.whatmatters.careplan.domain;

import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds care plans in each state of their life cycle, on a fixed day with fixed instants, never the real
 * clock. {@link #stamp()} hands out a later instant on each call so that "updated" can be told apart.
 */
final class PlanFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate REVIEW = LocalDate.of(2026, 9, 1);
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String PRACTITIONER = "Sam Okafor, Occupational therapist";
    static final PersonId PERSON = new PersonId(UUID.fromString("0190f5c4-7e1a-7abc-8def-0123456789ab"));
    static final UUID PLAN_ID = UUID.fromString("0190f5c4-7e1a-7abc-8def-00000000000a");

    private int minutes;

    final CarePlan plan;
    UUID whatMatters;
    /** Something else that matters, which no goal serves (so it may be voided). */
    UUID spare;
    UUID goal;
    UUID action;

    private PlanFixture() {
        plan = CarePlan.start(PLAN_ID, PERSON, REVIEW, TODAY, stamp());
    }

    /** A new draft with nothing in it. */
    static PlanFixture emptyDraft() {
        return new PlanFixture();
    }

    /**
     * A draft with one thing that matters, one goal serving it and one action towards the goal, and a second
     * thing that matters which no goal serves yet.
     */
    static PlanFixture draft() {
        PlanFixture f = new PlanFixture();
        f.whatMatters = f.plan.addWhatMatters("Getting to lectures on my own", f.stamp());
        f.spare = f.plan.addWhatMatters("Cooking for myself", f.stamp());
        f.goal = f.plan.addGoal(f.whatMatters, "Take the bus to campus by myself by June", f.stamp());
        f.action = f.plan.addAction(f.actionFor(f.goal, "Practise the bus route with a travel trainer"), f.stamp());
        return f;
    }

    static PlanFixture inState(PlanStatus status) {
        PlanFixture f = draft();
        switch (status) {
            case DRAFT -> { }
            case AGREED -> f.agree();
            case ACTIVE -> {
                f.agree();
                f.plan.activate(f.stamp());
            }
            case UNDER_REVIEW -> f.underReview();
            case REVISED -> {
                f.underReview();
                f.plan.setContingency("If the bus is cancelled, call Mum on 07700 900123", f.stamp());
            }
            case CLOSED -> f.plan.close("Moved out of the area", f.stamp());
        }
        if (f.plan.status() != status) {
            throw new IllegalStateException("fixture built a " + f.plan.status() + " plan, not " + status);
        }
        return f;
    }

    private void underReview() {
        agree();
        plan.activate(stamp());
        plan.startReview(stamp());
    }

    AgreedVersion agree() {
        return plan.agree(agreement(true), TODAY);
    }

    Agreement agreement(boolean personAgreed) {
        return new Agreement(next(), PRACTITIONER, "Occupational therapist", personAgreed, "Dylan and his mum");
    }

    ActionDetails actionFor(UUID goalId, String description) {
        return new ActionDetails(goalId, description, "Leeds travel training team", LocalDate.of(2026, 5, 1),
                SupportComponent.SELF_MANAGEMENT);
    }

    Stamp stamp() {
        return new Stamp(PRACTITIONER, next());
    }

    private Instant next() {
        return START.plusSeconds(60L * minutes++);
    }

    /** Everything a plan holds, to show that a refused change left it exactly as it was. */
    State state() {
        return new State(plan.status(), plan.version(), plan.agreedVersion(), plan.reviewDate(), plan.contingency(),
                plan.closeReason(), plan.updated(), plan.allWhatMatters(), plan.allGoals(), plan.allActions(),
                plan.content());
    }

    record State(PlanStatus status, long version, int agreedVersion, LocalDate reviewDate, String contingency,
            String closeReason, Stamp updated, List<WhatMattersItem> whatMatters, List<Goal> goals,
            List<PlanAction> actions, PlanContent content) {
    }
}
