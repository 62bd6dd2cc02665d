package care.whatmatters.budget.web;

import static care.whatmatters.budget.web.BudgetRequests.body;
import static care.whatmatters.budget.web.BudgetRequests.optionalDate;

import care.whatmatters.access.Actor;
import care.whatmatters.budget.BudgetPayments;
import care.whatmatters.budget.BudgetRecords;
import care.whatmatters.budget.BudgetWorkspace;
import care.whatmatters.budget.LedgerView;
import care.whatmatters.budget.PaymentResult;
import care.whatmatters.budget.StatementView;
import care.whatmatters.budget.TransactionView;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.shared.IdempotencyKey;
import care.whatmatters.shared.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The budget's money: payments (idempotent), refunds, corrections, the ledger and the statement. */
@RestController
@RequestMapping("/api/v1/persons/{id}/budgets/{budgetId}")
@Tag(name = "Personal health budget money", description = "Payments, refunds, corrections, ledger and statement")
class BudgetMoneyApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final BudgetPayments payments;
    private final BudgetRecords records;

    BudgetMoneyApi(BudgetPayments payments, BudgetRecords records) {
        this.payments = payments;
        this.records = records;
    }

    @PostMapping("/payments")
    @Operation(summary = "Pay for an approved line (care team)", description = "Needs an Idempotency-Key header: send "
            + "a new key (a UUID) for each payment you mean to make and the same key again when retrying. A repeat "
            + "with the same key records nothing and answers the original payment (header Idempotency-Replayed: "
            + "true); the same key with different details is refused (422); no key is refused (428). A payment "
            + "larger than what the line has left is refused (409) and nothing is paid. amount: pounds and pence; "
            + "paidOn: YYYY-MM-DD, today if left out, never in the future.")
    ResponseEntity<TransactionView> pay(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true,
                    description = "A key unique to this payment, such as a UUID")
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            @RequestBody(required = false) BudgetRequests.Payment payment) {
        IdempotencyKey idempotencyKey = IdempotencyKey.required(key);
        PaymentResult result = payments.pay(actor, new PersonId(id), budgetId, idempotencyKey,
                body(payment).toOrder());
        LedgerTransaction paid = result.payment();
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/budgets/" + budgetId + "/ledger#" + paid.id()))
                .header("Idempotency-Replayed", Boolean.toString(result.repeated()))
                .body(TransactionView.of(paid, null));
    }

    @PostMapping("/refunds")
    @Operation(summary = "Record money paid back for a line (care team)")
    ResponseEntity<TransactionView> refund(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @RequestBody BudgetRequests.Refund r) {
        LedgerTransaction refund = payments.refund(actor, new PersonId(id), budgetId, body(r).lineId(),
                r.amount() == null ? null : BudgetRequests.money("amount", r.amount()), r.from(),
                optionalDate("receivedOn", r.receivedOn()), r.reason());
        return ResponseEntity.status(201).body(TransactionView.of(refund, null));
    }

    @PostMapping("/transactions/{transactionId}/reversal")
    @Operation(summary = "Correct a payment or refund recorded by mistake, by reversing it (care team)")
    ResponseEntity<TransactionView> reverse(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId,
            @PathVariable UUID transactionId, @RequestBody BudgetRequests.Reason r) {
        return ResponseEntity.status(201).body(TransactionView.of(payments.reverse(actor, new PersonId(id), budgetId,
                transactionId, body(r).reason()), null));
    }

    @GetMapping("/ledger")
    @Operation(summary = "Every transaction and entry, and each account's balance worked out from them")
    LedgerView ledger(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId) {
        return LedgerView.of(records.open(actor, new PersonId(id), budgetId).ledger());
    }

    @GetMapping("/statement")
    @Operation(summary = "The statement: planned, committed and paid per line and funder, and unplanned spending")
    StatementView statement(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId) {
        return StatementView.of(records.open(actor, new PersonId(id), budgetId));
    }

    @GetMapping(value = "/statement.csv", produces = "text/csv")
    @Operation(summary = "The statement as a CSV file (audited as a download)")
    ResponseEntity<String> statementCsv(Actor actor, @PathVariable UUID id, @PathVariable UUID budgetId) {
        return csv(records.export(actor, new PersonId(id), budgetId));
    }

    static ResponseEntity<String> csv(BudgetWorkspace w) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("budget-statement-" + w.budget().id() + ".csv").build().toString())
                .body(StatementCsv.of(w));
    }
}
