package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetPageSupport.nz;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetApprovals;
import care.whatmatters.budget.BudgetPayments;
import care.whatmatters.budget.PaymentResult;
import care.whatmatters.budget.web.BudgetPageSupport.Back;
import care.whatmatters.shared.IdempotencyKey;
import care.whatmatters.shared.PersonId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paying, refunding, correcting and asking for an exception, from the team's budget page. The payment
 * form carries an idempotency key made when the form was shown, so sending it twice pays once.
 */
@Controller
@RequestMapping("/persons/{id}/budgets/{budgetId}")
class BudgetMoneyPages {

    private final BudgetPayments payments;
    private final BudgetApprovals approvals;
    private final BudgetPageSupport pages;

    BudgetMoneyPages(BudgetPayments payments, BudgetApprovals approvals, BudgetPageSupport pages) {
        this.payments = payments;
        this.approvals = approvals;
        this.pages = pages;
    }

    @PostMapping("/payments")
    String pay(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "money", "payment", form, model, redirect, () -> {
            BudgetRequests.Payment p = new BudgetRequests.Payment(BudgetPageSupport.id("lineId", form.get("lineId")),
                    form.get("amount"), form.get("payee"), blank(form.get("paidOn")), blank(form.get("description")));
            PaymentResult result = payments.pay(actor, new PersonId(id), budgetId,
                    IdempotencyKey.required(form.get("idempotencyKey")), p.toOrder());
            String what = result.payment().amount().formatted() + " to " + result.payment().counterparty();
            return result.repeated() ? "This payment of " + what + " was already recorded (the form was sent twice): "
                    + "nothing more was paid." : "Payment of " + what + " recorded.";
        });
    }

    @PostMapping("/refunds")
    String refund(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "money", "refund", form, model, redirect, () -> {
            String amount = form.get("amount");
            payments.refund(actor, new PersonId(id), budgetId, BudgetPageSupport.id("lineId", form.get("lineId")),
                    amount == null || amount.isBlank() ? null : BudgetRequests.money("amount", amount),
                    form.get("from"), BudgetRequests.optionalDate("receivedOn", form.get("receivedOn")),
                    form.get("reason"));
            return "Refund recorded.";
        });
    }

    @PostMapping("/transactions/{transactionId}/reversal")
    String reverse(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId, @PathVariable UUID transactionId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "transactions", "reverse-" + transactionId,
                Map.of("reason", nz(reason)), model, redirect, () -> {
                    payments.reverse(actor, new PersonId(id), budgetId, transactionId, reason);
                    return "Corrected: the transaction is reversed.";
                });
    }

    @PostMapping("/exception-requests")
    String exception(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.change(actor, id, budgetId, Back.BUDGET, "money", "exception", form, model, redirect, () -> {
            String amount = form.get("amount");
            approvals.askForException(actor, new PersonId(id), budgetId,
                    BudgetPageSupport.id("lineId", form.get("lineId")),
                    amount == null || amount.isBlank() ? null : BudgetRequests.money("amount", amount),
                    form.get("reason"));
            return "Sent to the budget approvers: the line can spend more only if they allow it.";
        });
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
