package care.whatmatters.reporting;

import care.whatmatters.budget.BudgetApproved;
import care.whatmatters.budget.BudgetStopped;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.persistence.ExtractSources;
import care.whatmatters.shared.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal health budgets for reporting. A budget counts as <em>new</em> in the period it is approved, and
 * as <em>in place</em> in every period it is in force (approved, or suspended, until stopped). Nothing
 * happens to an ongoing budget in most months, so once a day every budget in force is counted for the
 * day's month, quarter and year (the facts' unique key makes that idempotent). Personal wheelchair budgets
 * are counted under their own measures, never as PHBs, so no one is counted twice.
 */
@Component
public class BudgetFacts {

    private final ReportingFacts facts;
    private final ExtractSources sources;
    private final Clock clock;

    BudgetFacts(ReportingFacts facts, ExtractSources sources, Clock clock) {
        this.facts = facts;
        this.sources = sources;
        this.clock = clock;
    }

    @EventListener
    void on(BudgetApproved e) {
        sources.budgetApproved(e.budget(), e.person(), e.basis(), e.mode(), e.wheelchair(), e.on());
        facts.count(e.person(), Measure.budgetStarted(e.wheelchair()), e.mode(), e.on(), null);
        inPlace(e.person(), e.wheelchair(), e.mode(), e.on());
    }

    @EventListener
    void on(BudgetStopped e) {
        sources.budgetStopped(e.budget(), e.on());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${whatmatters.reporting.ongoing-budgets-cron:0 15 1 * * *}")
    void countOngoingToday() {
        countOngoing(LocalDate.now(clock));
    }

    /** Counts every budget in force on the day as in place in the day's periods. Answers how many. */
    @Transactional
    public int countOngoing(LocalDate day) {
        var inForce = sources.budgetsInForce(day);
        inForce.forEach(b -> inPlace(new PersonId(b.person()), b.wheelchair(), b.mode(), day));
        return inForce.size();
    }

    private void inPlace(PersonId person, boolean wheelchair, String mode, LocalDate on) {
        facts.count(person, Measure.budgetInPlace(wheelchair), mode, on, null);
    }
}
