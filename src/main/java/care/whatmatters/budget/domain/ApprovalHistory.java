package care.whatmatters.budget.domain;

import care.whatmatters.shared.ConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every approval request made for one budget, oldest first: what is waiting, and whether a decision can
 * still be reconsidered. A refusal or a reduction of the costed plan can be reconsidered once; the
 * reconsideration's decision is final within the platform (the person can then complain to the
 * Ombudsman).
 */
public record ApprovalHistory(List<ApprovalRequest> requests) {

    public ApprovalHistory {
        requests = requests.stream().sorted(Comparator.comparing(r -> r.submitted().at())).toList();
    }

    public List<ApprovalRequest> pending() {
        return requests.stream().filter(ApprovalRequest::pending).toList();
    }

    /** The decision the person may ask to have reconsidered, if there is one. */
    public Optional<ApprovalRequest> reconsiderable() {
        if (requests.stream().anyMatch(r -> r.pending() && r.kind() != RequestKind.EXCEPTION)) {
            return Optional.empty();
        }
        Optional<ApprovalRequest> last = requests.stream().filter(r -> r.kind() != RequestKind.EXCEPTION)
                .reduce((a, b) -> b);
        return last.filter(r -> r.kind() == RequestKind.INITIAL && !r.pending()
                && r.decision().outcome() != DecisionOutcome.APPROVED);
    }

    public ApprovalRequest requireReconsiderable() {
        return reconsiderable().orElseThrow(() -> new ConflictException("There is no decision to reconsider: only a "
                + "refusal or a reduction of the costed plan can be reconsidered, once, after it is decided."));
    }

    public boolean exceptionPendingFor(java.util.UUID lineId) {
        return requests.stream().anyMatch(r -> r.pending() && r.kind() == RequestKind.EXCEPTION
                && r.lineId().equals(lineId));
    }
}
