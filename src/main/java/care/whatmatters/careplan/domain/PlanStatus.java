package care.whatmatters.careplan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The plan's life cycle: draft → agreed → active → under review → revised (then agreed again) or closed.
 * A review that changes nothing returns the plan to active; a review that changes anything makes it
 * "revised", which must be agreed again before it is the plan everyone works to.
 */
public enum PlanStatus {
    DRAFT("Draft", "being written, not yet agreed"),
    AGREED("Agreed", "agreed with the person"),
    ACTIVE("Active", "agreed and being carried out"),
    UNDER_REVIEW("Under review", "being reviewed with the person"),
    REVISED("Revised", "changed at review, waiting to be agreed again"),
    CLOSED("Closed", "no longer in use");

    private final String label;
    private final String meaning;

    PlanStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the status means, in words the person understands. */
    public String meaning() {
        return meaning;
    }

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AGREED, CLOSED);
            case AGREED -> EnumSet.of(ACTIVE, UNDER_REVIEW, CLOSED);
            case ACTIVE -> EnumSet.of(UNDER_REVIEW, CLOSED);
            case UNDER_REVIEW -> EnumSet.of(ACTIVE, REVISED, CLOSED);
            case REVISED -> EnumSet.of(AGREED, CLOSED);
            case CLOSED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Whether what was agreed (what matters, goals, actions, contingency, review date) may be changed. */
    public boolean allowsContentChanges() {
        return this == DRAFT || this == UNDER_REVIEW || this == REVISED;
    }

    /** Whether the plan is still in use (anything but closed). */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
