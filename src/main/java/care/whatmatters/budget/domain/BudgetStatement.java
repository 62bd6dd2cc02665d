package care.whatmatters.budget.domain;

import care.whatmatters.budget.domain.ledger.AccountType;
import care.whatmatters.budget.domain.ledger.Balances;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerAccount;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.budget.domain.ledger.TransactionKind;
import care.whatmatters.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Spending reconciled against the plan, as the person and the team see it: for each line and each funder,
 * what was planned, committed (set aside for the line, paid or not) and paid; and any spending the plan did
 * not foresee, flagged: more than approved (allowed as an exception), on an action no longer in the plan or
 * cancelled, or paid to someone other than the planned provider.
 */
public record BudgetStatement(List<LineRow> lines, List<FunderRow> funders, Totals totals,
        List<UnplannedSpend> unplanned) {

    public record LineRow(CostLine line, PlanLink.LinkedAction action, Money planned, Money approved, Money committed,
            Money paid, Money left) {
    }

    /** One funder's money; a row with no funder is the overspend approvers allowed as exceptions. */
    public record FunderRow(Funder funder, Money planned, Money contributed, Money committed, Money paid,
            Money unallocated) {
    }

    public record Totals(Money indicative, Money planned, Money approved, Money contributed, Money committed,
            Money paid, Money left, Money exceptions) {
    }

    public record UnplannedSpend(String line, String why, Money amount) {
    }

    public static BudgetStatement of(Budget budget, Ledger ledger, PlanLink plan) {
        Balances b = ledger.balances();
        List<LineRow> lines = budget.costing().liveLines().stream().map(l -> new LineRow(l,
                plan.actions().get(l.details().planActionId()), l.cost(), l.approved(), ledger.committedTo(l.id()),
                ledger.paidOn(l.id()), ledger.remainingOn(l.id()))).toList();
        List<FunderRow> funders = new ArrayList<>(budget.costing().funders().stream().map(f -> new FunderRow(f,
                planned(budget, f.id()), b.of(LedgerAccount.contribution(f.id())),
                b.sum(a -> f.id().equals(a.funder()) && (a.type() == AccountType.COMMITTED || a.type() == AccountType.PAID)),
                b.sum(a -> f.id().equals(a.funder()) && a.type() == AccountType.PAID),
                b.of(LedgerAccount.unallocated(f.id())))).toList());
        Money exceptions = b.sum(AccountType.EXCEPTION);
        if (exceptions.isPositive()) {
            funders.add(new FunderRow(null, Money.ZERO, exceptions,
                    b.sum(a -> a.funder() == null && (a.type() == AccountType.COMMITTED || a.type() == AccountType.PAID)),
                    b.sum(a -> a.funder() == null && a.type() == AccountType.PAID), Money.ZERO));
        }
        Totals totals = new Totals(budget.indicative().map(Calculation::total).orElse(Money.ZERO),
                budget.costing().plannedTotal(), budget.costing().approvedTotal(), b.sum(AccountType.CONTRIBUTION),
                b.sum(AccountType.COMMITTED).plus(b.sum(AccountType.PAID)), b.sum(AccountType.PAID),
                b.sum(AccountType.COMMITTED), exceptions);
        return new BudgetStatement(lines, funders, totals, unplanned(lines, ledger, plan));
    }

    private static Money planned(Budget budget, UUID funder) {
        return budget.costing().liveLines().stream().flatMap(l -> l.details().funding().stream())
                .filter(f -> f.funderId().equals(funder)).map(LineFunding::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<UnplannedSpend> unplanned(List<LineRow> lines, Ledger ledger, PlanLink plan) {
        List<UnplannedSpend> flags = new ArrayList<>();
        for (LineRow row : lines) {
            String name = row.line().details().description();
            if (row.approved() != null && row.paid().isGreaterThan(row.approved())) {
                flags.add(new UnplannedSpend(name, "Paid more than the approved amount of "
                        + row.approved().formatted() + " (allowed by a budget approver as an exception)",
                        row.paid().minus(row.approved())));
            }
            if (row.paid().isPositive() && row.action() == null) {
                flags.add(new UnplannedSpend(name, "The plan action this line pays for is no longer in the plan",
                        row.paid()));
            } else if (row.paid().isPositive() && row.action().cancelled()) {
                flags.add(new UnplannedSpend(name, "The plan action this line pays for was cancelled", row.paid()));
            }
            payments(ledger, row.line().id()).stream()
                    .filter(t -> !row.line().details().provider().strip().equalsIgnoreCase(Objects.toString(
                            t.counterparty(), "").strip()))
                    .forEach(t -> flags.add(new UnplannedSpend(name, "Paid to " + t.counterparty()
                            + ", not the planned provider " + row.line().details().provider(), t.amount())));
        }
        return flags;
    }

    private static List<LedgerTransaction> payments(Ledger ledger, UUID line) {
        return ledger.transactions().stream().filter(t -> t.kind() == TransactionKind.PAYMENT && line.equals(t.line()))
                .filter(t -> ledger.reversalOf(t.id()).isEmpty()).toList();
    }
}
