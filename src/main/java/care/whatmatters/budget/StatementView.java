package care.whatmatters.budget;

import care.whatmatters.budget.domain.BudgetStatement;
import java.util.List;
import java.util.UUID;

/**
 * The budget statement in the JSON API: planned, committed and paid for each line and each funder, spending
 * the plan did not foresee, and every transaction. The same figures as the statement page and its CSV.
 */
public record StatementView(UUID budgetId, String title, String status, List<LineRow> lines, List<FunderRow> funders,
        BudgetView.TotalsView totals, List<Unplanned> unplanned, List<TransactionView> transactions) {

    public static StatementView of(BudgetWorkspace w) {
        BudgetStatement s = w.statement();
        return new StatementView(w.budget().id(), w.budget().terms().title(), w.budget().status().name(),
                s.lines().stream().map(r -> new LineRow(r.line().id(), r.line().details().description(),
                        r.action() == null ? null : r.action().description(), r.line().details().provider(),
                        MoneyView.of(r.planned()), MoneyView.of(r.approved()), MoneyView.of(r.committed()),
                        MoneyView.of(r.paid()), MoneyView.of(r.left()))).toList(),
                s.funders().stream().map(f -> new FunderRow(f.funder() == null ? null : f.funder().id(),
                        f.funder() == null ? "Overspend allowed by an approver" : f.funder().name(),
                        MoneyView.of(f.planned()), MoneyView.of(f.contributed()), MoneyView.of(f.committed()),
                        MoneyView.of(f.paid()), MoneyView.of(f.unallocated()))).toList(),
                BudgetView.TotalsView.of(w.budget(), s),
                s.unplanned().stream().map(u -> new Unplanned(u.line(), u.why(), MoneyView.of(u.amount()))).toList(),
                w.ledger().transactions().stream().map(t -> TransactionView.of(t, w.ledger())).toList());
    }

    public record LineRow(UUID lineId, String description, String planAction, String provider, MoneyView planned,
            MoneyView approved, MoneyView committed, MoneyView paid, MoneyView left) {
    }

    /** @param unallocated contributed but not yet committed to any line */
    public record FunderRow(UUID funderId, String funder, MoneyView planned, MoneyView contributed,
            MoneyView committed, MoneyView paid, MoneyView unallocated) {
    }

    public record Unplanned(String line, String why, MoneyView amount) {
    }
}
