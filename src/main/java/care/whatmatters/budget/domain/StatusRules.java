package care.whatmatters.budget.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Stamp;

/**
 * Suspending, resuming and stopping a budget, always with a coded reason and an explanation. Consent
 * withdrawn means the payments must stop, not pause.
 */
final class StatusRules {

    private StatusRules() {
    }

    static StatusChange suspend(Budget budget, StatusReason reason, String explanation, Stamp stamp) {
        check(reason, explanation, reason == null || reason.forSuspending(), reason == StatusReason.CONSENT_WITHDRAWN
                ? "means the payments must stop, not pause: stop the budget instead" : "is not a reason to pause a budget");
        if (budget.status() != BudgetStatus.APPROVED) {
            throw conflict(budget, "suspended");
        }
        return change(budget, BudgetStatus.SUSPENDED, reason, explanation, stamp);
    }

    static StatusChange resume(Budget budget, StatusReason reason, String explanation, Stamp stamp) {
        check(reason, explanation, reason == null || reason.forResuming(), "is not a reason to resume a budget");
        if (budget.status() != BudgetStatus.SUSPENDED) {
            throw conflict(budget, "resumed");
        }
        return change(budget, BudgetStatus.APPROVED, reason, explanation, stamp);
    }

    static StatusChange stop(Budget budget, StatusReason reason, String explanation, Stamp stamp) {
        check(reason, explanation, reason == null || reason.forStopping(), "is not a reason to stop a budget");
        if (budget.status() == BudgetStatus.STOPPED) {
            throw conflict(budget, "stopped");
        }
        return change(budget, BudgetStatus.STOPPED, reason, explanation, stamp);
    }

    private static void check(StatusReason reason, String explanation, boolean fits, String misfit) {
        new InputCheck().required("reasonCode", reason).that(fits, "reasonCode", misfit)
                .requiredText("explanation", explanation, FreeText.SHORT).orThrow();
    }

    private static StatusChange change(Budget budget, BudgetStatus to, StatusReason reason, String explanation,
            Stamp stamp) {
        StatusChange change = new StatusChange(Ids.newId(), budget.status(), to, reason, explanation, stamp);
        budget.recordStatusChange(change);
        return change;
    }

    private static care.whatmatters.shared.ConflictException conflict(Budget budget, String what) {
        return new care.whatmatters.shared.ConflictException("A budget that is " + budget.status().meaning()
                + " cannot be " + what + ".");
    }
}
