package care.whatmatters.budget;

import care.whatmatters.budget.domain.Budget;
import care.whatmatters.budget.domain.BudgetStatement;
import care.whatmatters.budget.domain.Calculation;
import care.whatmatters.budget.domain.CostLine;
import care.whatmatters.budget.domain.Funder;
import care.whatmatters.budget.domain.HeldReview;
import care.whatmatters.budget.domain.ReviewRequest;
import care.whatmatters.budget.domain.StatusChange;
import care.whatmatters.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A budget as the JSON API shows it. {@code version} counts every saved change to the budget (not to its
 * money) and is what a change sends back in If-Match.
 */
public record BudgetView(UUID id, UUID personId, long version, String title, String status, String statusMeaning,
        BasisView basis, String eligibilityNote, String coordinator, LocalDate startsOn, LocalDate approvedOn,
        IndicativeView indicative, List<FunderView> funders, List<LineView> lines, TotalsView totals,
        NextReviewView nextReview, List<ApprovalRequestView> approvals, List<StatusChangeView> statusChanges,
        List<ReviewRequestView> reviewRequests, List<HeldReviewView> reviews) {

    public static BudgetView of(BudgetWorkspace w) {
        Budget b = w.budget();
        BudgetStatement s = w.statement();
        return new BudgetView(b.id(), b.person().value(), b.version(), b.terms().title(), b.status().name(),
                b.status().meaning(), BasisView.of(b), b.terms().eligibility().evidence(), b.terms().coordinator(),
                b.terms().startsOn(), b.approvedOn(), b.indicative().map(IndicativeView::of).orElse(null),
                b.costing().funders().stream().map(FunderView::of).toList(),
                s.lines().stream().map(r -> LineView.of(r, b)).toList(), TotalsView.of(b, s),
                w.nextReview().map(r -> new NextReviewView(r.dueOn(), r.why(), r.overdue(w.today()),
                        r.daysOverdue(w.today()))).orElse(null),
                w.approvals().requests().stream().map(r -> ApprovalRequestView.of(r, w.today())).toList(),
                b.statusChanges().stream().map(StatusChangeView::of).toList(),
                w.reviewRequests().stream().map(ReviewRequestView::of).toList(),
                w.reviews().stream().map(HeldReviewView::of).toList());
    }

    /** @param right what kind of entitlement the basis gives; {@code source} the law or policy it comes from */
    public record BasisView(String code, String label, String right, String source) {
        static BasisView of(Budget b) {
            return new BasisView(b.basis().name(), b.basis().label(), b.basis().right().meaning(), b.basis().source());
        }
    }

    public record IndicativeView(String ruleKey, String ruleName, MoneyView total, List<InputView> inputs,
            List<StepView> steps, String calculatedBy, Instant calculatedAt) {
        static IndicativeView of(Calculation c) {
            return new IndicativeView(c.ruleKey(), c.ruleName(), MoneyView.of(c.total()),
                    c.inputs().stream().map(i -> new InputView(i.key(), i.label(), i.value(), i.written())).toList(),
                    c.steps().stream().map(st -> new StepView(st.label(), st.working(), MoneyView.of(st.change()),
                            MoneyView.of(st.total()))).toList(), c.calculated().by(), c.calculated().at());
        }
    }

    public record InputView(String key, String label, String value, String written) {
    }

    public record StepView(String label, String working, MoneyView change, MoneyView runningTotal) {
    }

    public record FunderView(UUID id, String kind, String kindLabel, String name, boolean statutory) {
        static FunderView of(Funder f) {
            return new FunderView(f.id(), f.kind().name(), f.kind().label(), f.name(), f.kind().statutory());
        }
    }

    /** A costed line: what was planned, approved, committed (paid or not), paid and left. */
    public record LineView(UUID id, UUID planActionId, String planAction, String description, String provider,
            UUID directoryServiceId, MoneyView unitCost, String quantity, MoneyView cost, String mode, String modeLabel,
            List<ShareView> funding, MoneyView approved, MoneyView committed, MoneyView paid, MoneyView left) {
        static LineView of(BudgetStatement.LineRow r, Budget b) {
            CostLine l = r.line();
            return new LineView(l.id(), l.details().planActionId(), r.action() == null ? null : r.action().description(),
                    l.details().description(), l.details().provider(), l.details().directoryServiceId(),
                    MoneyView.of(l.details().unitCost()), l.details().quantity().written(), MoneyView.of(l.cost()),
                    l.details().mode().name(), l.details().mode().label(), l.details().funding().stream()
                            .map(f -> new ShareView(f.funderId(), b.costing().funder(f.funderId()).name(),
                                    MoneyView.of(f.amount()))).toList(),
                    MoneyView.of(l.approved()), MoneyView.of(r.committed()), MoneyView.of(r.paid()), MoneyView.of(r.left()));
        }
    }

    public record ShareView(UUID funderId, String funder, MoneyView amount) {
    }

    /**
     * @param statutoryPlanned what NHS, social care and education funders are asked for, compared with the
     *                         indicative budget; {@code topUp} is what others (a charity, the person) add
     */
    public record TotalsView(MoneyView indicative, MoneyView planned, MoneyView statutoryPlanned, MoneyView topUp,
            MoneyView plannedOverIndicative, MoneyView approved, MoneyView contributed, MoneyView committed,
            MoneyView paid, MoneyView left, MoneyView exceptions) {
        static TotalsView of(Budget b, BudgetStatement s) {
            Money statutory = b.costing().statutoryPlanned();
            BudgetStatement.Totals t = s.totals();
            return new TotalsView(MoneyView.of(t.indicative()), MoneyView.of(t.planned()), MoneyView.of(statutory),
                    MoneyView.of(t.planned().minus(statutory)), MoneyView.of(t.planned().minus(t.indicative())),
                    MoneyView.of(t.approved()), MoneyView.of(t.contributed()), MoneyView.of(t.committed()),
                    MoneyView.of(t.paid()), MoneyView.of(t.left()), MoneyView.of(t.exceptions()));
        }
    }

    public record NextReviewView(LocalDate dueOn, String why, boolean overdue, long daysOverdue) {
    }

    public record StatusChangeView(String from, String to, String reasonCode, String reasonLabel, String explanation,
            String changedBy, Instant changedAt) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.from().name(), c.to().name(), c.reason().name(), c.reason().label(),
                    c.explanation(), c.changed().by(), c.changed().at());
        }
    }

    public record ReviewRequestView(UUID id, String trigger, String triggerLabel, String note, LocalDate askedOn,
            String recordedBy) {
        static ReviewRequestView of(ReviewRequest r) {
            return new ReviewRequestView(r.id(), r.trigger().name(), r.trigger().label(), r.note(), r.askedOn(),
                    r.recorded().by());
        }
    }

    public record HeldReviewView(UUID id, LocalDate heldOn, String outcome, String outcomeLabel, String notes,
            String recordedBy) {
        static HeldReviewView of(HeldReview r) {
            return new HeldReviewView(r.id(), r.heldOn(), r.outcome().name(), r.outcome().label(), r.notes(),
                    r.recorded().by());
        }
    }
}
