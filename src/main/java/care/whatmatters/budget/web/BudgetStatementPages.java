package care.whatmatters.budget.web;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.web.BudgetPageSupport.Back;
import care.whatmatters.shared.PersonId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The budget statement the person reads, prints and downloads (the download is audited as an export). */
@Controller
@RequestMapping("/persons/{id}/budgets/{budgetId}")
class BudgetStatementPages {

    private final BudgetRecords records;
    private final BudgetPageSupport pages;

    BudgetStatementPages(BudgetRecords records, BudgetPageSupport pages) {
        this.records = records;
        this.pages = pages;
    }

    @GetMapping("/statement")
    String statement(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, Model model) {
        return pages.page(actor, id, budgetId, Back.STATEMENT, model);
    }

    @GetMapping("/statement.csv")
    ResponseEntity<String> csv(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId) {
        return BudgetMoneyApi.csv(records.export(actor, new PersonId(id), budgetId));
    }
}
