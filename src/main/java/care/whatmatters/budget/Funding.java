package care.whatmatters.budget;

import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.CostLine;
import care.whatmatters.budget.domain.Funder;
import care.whatmatters.budget.domain.LineFunding;
import care.whatmatters.budget.domain.ledger.Ledger;
import care.whatmatters.budget.domain.ledger.LedgerTransaction;
import care.whatmatters.budget.domain.ledger.Posting;
import care.whatmatters.budget.persistence.LedgerRepository;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.Stamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts an approval's money into the ledger: each funder's contribution, then each funder's share committed
 * to each approved line, all referring to the approval request that authorised them.
 */
@Component
class Funding {

    private final LedgerRepository ledgers;

    Funding(LedgerRepository ledgers) {
        this.ledgers = ledgers;
    }

    /** Funds the lines' shares: {@code shares} maps each line to what each funder pays towards it. */
    void fund(Budget budget, Ledger ledger, Map<UUID, List<LineFunding>> shares, UUID request, LocalDate on,
            Stamp stamp) {
        Map<UUID, Money> byFunder = new LinkedHashMap<>();
        shares.values().forEach(list -> list.forEach(s -> byFunder.merge(s.funderId(), s.amount(), Money::plus)));
        byFunder.forEach((funder, amount) -> append(budget, ledger.contribute(posting(on, "Contribution from "
                + name(budget, funder), stamp), funder, amount, request)));
        shares.forEach((line, list) -> list.forEach(s -> append(budget, ledger.commit(posting(on, "Committed to '"
                + budget.costing().liveLine(line).details().description() + "' by " + name(budget, s.funderId()),
                stamp), line, s.funderId(), s.amount(), request))));
    }

    /** The approved shares of every approved line. */
    static Map<UUID, List<LineFunding>> approvedShares(Budget budget) {
        Map<UUID, List<LineFunding>> shares = new LinkedHashMap<>();
        budget.costing().liveLines().stream().filter(l -> l.approved() != null && l.approved().isPositive())
                .forEach(l -> shares.put(l.id(), l.approvedFunding()));
        return shares;
    }

    /** More money for some lines, shared between each line's funders in proportion to its costed funding. */
    static Map<UUID, List<LineFunding>> increaseShares(Budget budget, Map<UUID, Money> increases) {
        Map<UUID, List<LineFunding>> shares = new LinkedHashMap<>();
        increases.forEach((lineId, increase) -> {
            CostLine line = budget.costing().liveLine(lineId);
            List<LineFunding> costed = line.details().funding();
            List<Money> split = increase.allocate(costed.stream().map(LineFunding::amount).toList());
            shares.put(lineId, java.util.stream.IntStream.range(0, costed.size())
                    .mapToObj(i -> new LineFunding(costed.get(i).funderId(), split.get(i)))
                    .filter(f -> f.amount().isPositive()).toList());
        });
        return shares;
    }

    private void append(Budget budget, LedgerTransaction transaction) {
        ledgers.append(budget.person(), budget.id(), transaction);
    }

    private static String name(Budget budget, UUID funder) {
        return budget.costing().funders().stream().filter(f -> f.id().equals(funder)).map(Funder::name).findFirst()
                .orElse("a funder");
    }

    private static Posting posting(LocalDate on, String description, Stamp stamp) {
        return new Posting(Ids.newId(), on, description, stamp);
    }
}
