package care.whatmatters.budget.domain;

import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The costed plan: the funders who pool their money, and the lines it pays for, each linked to an action on
 * the person's plan and funded in full by one or more funders.
 */
public final class Costing {

    private final List<Funder> funders;
    private final List<CostLine> lines;

    public Costing(List<Funder> funders, List<CostLine> lines) {
        this.funders = new ArrayList<>(funders);
        this.lines = new ArrayList<>(lines);
    }

    UUID addFunder(UUID id, FunderKind kind, String name, Stamp stamp) {
        InputCheck check = new InputCheck().required("kind", kind).requiredText("name", name, FreeText.LINE);
        check.that(name == null || funders.stream().noneMatch(f -> f.name().equalsIgnoreCase(name.strip())), "name",
                "is already the name of a funder of this budget");
        check.orThrow();
        funders.add(new Funder(id, kind, name.strip(), stamp));
        return id;
    }

    UUID addLine(UUID id, LineDetails details, EligibilityBasis basis, PlanLink plan, Stamp stamp) {
        check(details, basis, plan);
        lines.add(new CostLine(id, lines.size(), details, null, stamp, stamp, null));
        return id;
    }

    void changeLine(UUID id, LineDetails details, EligibilityBasis basis, PlanLink plan, Stamp stamp) {
        CostLine line = liveLine(id);
        check(details, basis, plan);
        lines.set(lines.indexOf(line), line.changed(details, stamp));
    }

    void voidLine(UUID id, String reason, Stamp stamp) {
        CostLine line = liveLine(id);
        lines.set(lines.indexOf(line), line.voided(Voiding.of(stamp, reason)));
    }

    /** Sets each live line's approved amount: as costed, unless {@code changes} says otherwise. */
    void approve(Map<UUID, Money> changes) {
        for (UUID changed : changes.keySet()) {
            liveLine(changed);
        }
        lines.replaceAll(l -> l.live() ? l.withApproved(changes.getOrDefault(l.id(), l.cost())) : l);
    }

    void clearApproval() {
        lines.replaceAll(l -> l.withApproved(null));
    }

    public CostLine liveLine(UUID id) {
        return lines.stream().filter(l -> l.id().equals(id) && l.live()).findFirst()
                .orElseThrow(() -> new NotFoundException("This budget has no costed line " + id + "."));
    }

    public List<CostLine> liveLines() {
        return lines.stream().filter(CostLine::live).toList();
    }

    public List<CostLine> allLines() {
        return List.copyOf(lines);
    }

    public List<Funder> funders() {
        return List.copyOf(funders);
    }

    public Funder funder(UUID id) {
        return funders.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("This budget has no funder " + id + "."));
    }

    public Money plannedTotal() {
        return liveLines().stream().map(CostLine::cost).reduce(Money.ZERO, Money::plus);
    }

    /** What the statutory funders (NHS, social care, education) are asked to pay: compared with the indicative budget. */
    public Money statutoryPlanned() {
        Set<UUID> statutory = funders.stream().filter(f -> f.kind().statutory()).map(Funder::id)
                .collect(Collectors.toSet());
        return liveLines().stream().flatMap(l -> l.details().funding().stream())
                .filter(f -> statutory.contains(f.funderId())).map(LineFunding::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money approvedTotal() {
        return liveLines().stream().map(CostLine::approved).filter(a -> a != null).reduce(Money.ZERO, Money::plus);
    }

    private void check(LineDetails details, EligibilityBasis basis, PlanLink plan) {
        InputCheck check = new InputCheck();
        details.check(check);
        check.that(details.planActionId() == null || plan.has(details.planActionId()), "planActionId",
                "must be an action on the person's care and support plan");
        check.that(details.mode() == null || !details.mode().wheelchairOnly() || basis == EligibilityBasis.WHEELCHAIR,
                "mode", "is only for personal wheelchair budgets");
        for (LineFunding f : details.funding()) {
            check.that(f.funderId() == null || funders.stream().anyMatch(x -> x.id().equals(f.funderId())), "funding",
                    "names a funder this budget does not have: add the funder first");
        }
        boolean toppedUp = details.funding().stream().anyMatch(f -> funders.stream()
                .anyMatch(x -> x.id().equals(f.funderId()) && !x.kind().statutory()));
        check.that(details.mode() == null || !details.mode().needsTopUp() || toppedUp, "mode",
                "with a top-up needs part of the line paid by the person or a charity");
        check.orThrow();
    }

    void requireLines() {
        if (liveLines().isEmpty()) {
            throw new ConflictException("The costed plan has no lines yet: add what the budget will pay for.");
        }
    }
}
