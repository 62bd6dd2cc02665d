package care.whatmatters.budget.web;

import care.whatmatters.budget.BudgetWorkspace;
import care.whatmatters.budget.domain.BudgetStatement;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The budget statement as a CSV file (RFC 4180) a spreadsheet opens: one row per plan line, per funder and
 * per transaction, amounts in pounds with two decimals. Text that a spreadsheet would run as a formula
 * (starting with =, +, - or @) is prefixed with an apostrophe, so a payee's name cannot become a formula.
 */
final class StatementCsv {

    private static final String HEADER = "Section,Date,Item,Plan action or funder,Planned (GBP),Committed (GBP),"
            + "Paid (GBP),Left to pay (GBP),Note";

    private StatementCsv() {
    }

    static String of(BudgetWorkspace w) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        BudgetStatement s = w.statement();
        for (BudgetStatement.LineRow r : s.lines()) {
            rows.add(row("Plan line", "", r.line().details().description(), r.action() == null ? "(no longer in the plan)"
                    : r.action().description(), r.planned(), r.committed(), r.paid(), r.left(),
                    "Provider: " + r.line().details().provider()));
        }
        for (BudgetStatement.FunderRow f : s.funders()) {
            rows.add(row("Funder", "", f.funder() == null ? "Overspend allowed by an approver" : f.funder().name(),
                    f.funder() == null ? "" : f.funder().kind().label(), f.planned(), f.committed(), f.paid(),
                    f.committed().minus(f.paid()), "Contributed " + f.contributed().formatted()));
        }
        BudgetStatement.Totals t = s.totals();
        rows.add(row("Total", "", w.budget().terms().title(), "", t.planned(), t.committed(), t.paid(), t.left(),
                "Indicative budget " + t.indicative().formatted()));
        for (BudgetStatement.UnplannedSpend u : s.unplanned()) {
            rows.add(row("Unplanned spending", "", u.line(), "", null, null, u.amount(), null, u.why()));
        }
        for (LedgerTransaction tx : w.ledger().transactions()) {
            rows.add(row("Transaction", tx.valueDate().toString(), tx.kind().label(), Objects.toString(
                    tx.counterparty(), ""), null, null, tx.amount(), null, Objects.toString(tx.description(), "")));
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private static String row(String section, String date, String item, String other, Money planned, Money committed,
            Money paid, Money left, String note) {
        return String.join(",", text(section), text(date), text(item), text(other), amount(planned),
                amount(committed), amount(paid), amount(left), text(note));
    }

    private static String amount(Money money) {
        return money == null ? "" : money.plain();
    }

    static String text(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || safe.startsWith("'") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
