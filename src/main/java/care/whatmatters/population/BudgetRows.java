package care.whatmatters.population;

import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.reporting.domain.Measure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An approved personal health budget with one NHS funder and one costed line linked to the plan's budget
 * action, and its ledger as the budget module posts it: the contribution (debit unallocated, credit
 * contribution), the commitment to the line (debit committed, credit unallocated) and a few payments
 * (debit paid, credit committed), each transaction balanced, never paying more than is committed.
 */
final class BudgetRows {

    private final LoadContext context;
    private final Chunk chunk;
    private final ReportRows reports;

    BudgetRows(LoadContext context, Chunk chunk, ReportRows reports) {
        this.context = context;
        this.chunk = chunk;
        this.reports = reports;
    }

    void write(Someone p, PlanRows.Plan plan) {
        Instant created = plan.agreed().plus(1, ChronoUnit.DAYS);
        if (created.isAfter(context.now())) {
            created = context.now();
        }
        String by = p.coordinatorSignature();
        LocalDate approved = created.atZone(context.zone()).toLocalDate();
        UUID budget = PopulationIds.at(created, p.random());
        UUID funder = PopulationIds.at(created, p.random());
        UUID line = PopulationIds.at(created, p.random());
        long unit = 25_00L * p.random().nextInt(2, 9);
        long quantityHundredths = 100L * p.random().nextInt(10, 41);
        long cost = unit * quantityHundredths / 100;
        chunk.table("budget").row(budget, p.id(), 4L, "Support to stay independent at home", "CHC",
                "Eligible for NHS continuing healthcare", by, approved, "APPROVED", approved, approved.plusMonths(3),
                created, by, created, by);
        chunk.table("budget_funder").row(funder, budget, p.id(), 1, "NHS", "NHS West Yorkshire ICB", created, by);
        chunk.table("budget_line").row(line, budget, p.id(), 1, plan.actions().get(SupportComponent.PERSONAL_HEALTH_BUDGET),
                "Personal assistant hours", "Synthetic Care Agency", unit, quantityHundredths, cost, "NOTIONAL", cost,
                created, by, created, by);
        chunk.table("budget_line_funding").row(line, funder, budget, p.id(), 1, cost);
        post(p, budget, created, "CONTRIBUTION", null, null, null,
                new Object[] {"UNALLOCATED", funder, null, "D", cost}, new Object[] {"CONTRIBUTION", funder, null, "C", cost});
        post(p, budget, created, "COMMITMENT", line, null, null,
                new Object[] {"COMMITTED", funder, line, "D", cost}, new Object[] {"UNALLOCATED", funder, null, "C", cost});
        long paid = 0;
        int payments = p.random().nextInt(1, 4);
        for (int i = 1; i <= payments && paid + unit <= cost; i++) {
            Instant at = created.plus(7L * i, ChronoUnit.DAYS);
            if (at.isAfter(context.now())) {
                break;
            }
            post(p, budget, at, "PAYMENT", line, "Synthetic Care Agency", "population-" + budget + "-" + i,
                    new Object[] {"PAID", funder, line, "D", unit}, new Object[] {"COMMITTED", funder, line, "C", unit});
            paid += unit;
        }
        reports.count(Measure.PHB, "NOTIONAL", approved, context.organisation());
        reports.count(Measure.PHB_NEW, "NOTIONAL", approved, context.organisation());
    }

    private void post(Someone p, UUID budget, Instant at, String kind, UUID line, String counterparty, String key,
            Object[]... entries) {
        UUID transaction = PopulationIds.at(at, p.random());
        chunk.table("ledger_transaction").row(transaction, budget, p.id(), kind, at.atZone(context.zone()).toLocalDate(),
                kind.toLowerCase(java.util.Locale.UK), line, counterparty, key, at, p.coordinatorSignature());
        for (int i = 0; i < entries.length; i++) {
            Object[] e = entries[i];
            chunk.table("ledger_entry").row(transaction, i + 1, budget, p.id(), e[0], e[1], e[2], e[3], e[4]);
        }
    }
}
