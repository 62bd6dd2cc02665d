package care.whatmatters.budget;

import care.whatmatters.budget.domain.ApprovalRequest;
import care.whatmatters.budget.domain.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An approval request and its decision, as the JSON API shows them. */
public record ApprovalRequestView(UUID id, UUID budgetId, UUID personId, String kind, String kindLabel,
        LocalDate askedOn, LocalDate dueOn, boolean overdue, long daysOverdue, String note, UUID lineId,
        MoneyView amount, UUID reconsiders, String submittedBy, Instant submittedAt, DecisionView decision) {

    public static ApprovalRequestView of(ApprovalRequest r, LocalDate today) {
        return new ApprovalRequestView(r.id(), r.budgetId(), r.person().value(), r.kind().name(), r.kind().label(),
                r.askedOn(), r.dueOn(), r.overdue(today), r.daysOverdue(today), r.note(), r.lineId(),
                MoneyView.of(r.amount()), r.reconsiders(), r.submitted().by(), r.submitted().at(),
                r.decision() == null ? null : DecisionView.of(r.decision()));
    }

    /** @param lines the approved amount of each line changed (approving with changes) */
    public record DecisionView(String outcome, String outcomeLabel, String reasonCode, String reasonLabel,
            String explanation, List<LineAmount> lines, String decidedBy, Instant decidedAt) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.outcome().name(), d.outcome().label(), d.reason().code(), d.reason().label(),
                    d.explanation(), d.amounts().entrySet().stream()
                            .map(e -> new LineAmount(e.getKey(), MoneyView.of(e.getValue()))).toList(),
                    d.decided().by(), d.decided().at());
        }
    }

    public record LineAmount(UUID lineId, MoneyView approved) {
    }
}
