package care.whatmatters.budget.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The budget's life cycle (domain brief §1.6, "Process"):
 * <pre>
 * DRAFT ──submit──▶ AWAITING_APPROVAL ──approve (with or without changes)──▶ APPROVED ◀──resume── SUSPENDED
 *   ▲                      │ refuse                                          │  └──suspend──▶──┘     │
 *   └─────revise──── REFUSED ──reconsidered and approved──▶ APPROVED        stop                    stop
 *                                                                            ▼                       ▼
 *                                                                         STOPPED ◀──────────────────┘
 * </pre>
 * Only the costing of a DRAFT can change; money moves only while APPROVED; STOPPED is final.
 */
public enum BudgetStatus {
    DRAFT("Being set up", "being set up with the person, not yet sent for approval"),
    AWAITING_APPROVAL("Awaiting approval", "waiting for a budget approver's decision"),
    APPROVED("Approved", "approved: the money can be spent as the plan says"),
    REFUSED("Refused", "refused: it can be changed and sent again, or the decision reconsidered"),
    SUSPENDED("Suspended", "paused: no payments until it is resumed"),
    STOPPED("Stopped", "stopped: no more payments");

    private final String label;
    private final String meaning;

    BudgetStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public Set<BudgetStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(AWAITING_APPROVAL, STOPPED);
            case AWAITING_APPROVAL -> EnumSet.of(APPROVED, REFUSED, STOPPED);
            case APPROVED -> EnumSet.of(SUSPENDED, STOPPED);
            case REFUSED -> EnumSet.of(DRAFT, APPROVED, STOPPED);
            case SUSPENDED -> EnumSet.of(APPROVED, STOPPED);
            case STOPPED -> EnumSet.noneOf(BudgetStatus.class);
        };
    }

    public boolean canMoveTo(BudgetStatus target) {
        return next().contains(target);
    }

    /** Whether the approved budget is in force (money may be spent, or will be again after a pause). */
    public boolean inForce() {
        return this == APPROVED || this == SUSPENDED;
    }
}
