package care.whatmatters.fhir.mapping;

import care.whatmatters.careplan.domain.CarePlan;
import care.whatmatters.careplan.domain.PlanStatus;
import care.whatmatters.careplan.domain.WhatMattersItem;
import care.whatmatters.shared.InvalidInputException;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Goal;

/**
 * Goal ⇄ a goal on the person's plan, in their words ({@code description.text}). The plan's life cycle is
 * the goal's: proposed while the plan is being written or reviewed, active once agreed, completed when the
 * plan is closed, cancelled when the goal was voided. What matters, which the goal serves, is a note.
 */
public final class GoalMapping {

    public static final String SERVES = "Serves what matters to the person: ";

    private GoalMapping() {
    }

    public static Goal toFhir(CarePlan plan, care.whatmatters.careplan.domain.Goal goal) {
        Goal g = new Goal();
        g.setId(goal.id().toString());
        g.getMeta().setLastUpdated(References.date(goal.updated().at()));
        g.setLifecycleStatus(goal.live() ? status(plan.status()) : Goal.GoalLifecycleStatus.CANCELLED);
        g.getDescription().setText(goal.text());
        g.setSubject(References.to("Patient", plan.person().value()));
        if (goal.whatMattersId() != null) {
            plan.allWhatMatters().stream().filter(w -> w.id().equals(goal.whatMattersId())).map(WhatMattersItem::text)
                    .findFirst().ifPresent(text -> g.addNote(new Annotation().setText(SERVES + text)));
        }
        return g;
    }

    static Goal.GoalLifecycleStatus status(PlanStatus status) {
        return switch (status) {
            case DRAFT, UNDER_REVIEW, REVISED -> Goal.GoalLifecycleStatus.PROPOSED;
            case AGREED, ACTIVE -> Goal.GoalLifecycleStatus.ACTIVE;
            case CLOSED -> Goal.GoalLifecycleStatus.COMPLETED;
        };
    }

    /** The goal's words; the module checks their length. */
    public static String text(Goal g) {
        String text = g.getDescription().hasText() ? g.getDescription().getText()
                : g.getDescription().getCoding().stream().map(c -> c.getDisplay()).filter(d -> d != null)
                        .findFirst().orElse(null);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("description.text", "is required: the goal in the person's words");
        }
        return text;
    }
}
