package care.whatmatters.budget.web;

import care.whatmatters.budget.BudgetRules;
import care.whatmatters.budget.MoneyView;
import care.whatmatters.budget.domain.AllocationRule;
import care.whatmatters.budget.domain.AllocationStep;
import care.whatmatters.budget.domain.DecisionOutcome;
import care.whatmatters.budget.domain.DecisionReason;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.FunderKind;
import care.whatmatters.budget.domain.ManagementMode;
import care.whatmatters.budget.domain.RequestKind;
import care.whatmatters.budget.domain.ReviewOutcome;
import care.whatmatters.budget.domain.ReviewTrigger;
import care.whatmatters.budget.domain.StatusReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The codes and configured rules the budget API uses: no personal data, for any signed-in client. */
@RestController
@Tag(name = "Budget approvals")
class BudgetRulesApi {

    private final BudgetRules rules;

    BudgetRulesApi(BudgetRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/budget-rules")
    @Operation(summary = "Eligibility bases, management modes, funder kinds, allocation rules, reason codes, time limits")
    Catalogue catalogue() {
        return new Catalogue(
                Arrays.stream(EligibilityBasis.values()).map(b -> new Code(b.name(), b.label() + " (" + b.right()
                        .meaning() + "; " + b.source() + ")")).toList(),
                Arrays.stream(ManagementMode.values()).map(m -> new Code(m.name(), m.label())).toList(),
                Arrays.stream(FunderKind.values()).map(k -> new Code(k.name(), k.label())).toList(),
                rules.allocationRules().stream().map(Catalogue::rule).toList(),
                Arrays.stream(DecisionReason.values()).map(r -> new Reason(r.code(), r.label(),
                        Arrays.stream(DecisionOutcome.values()).filter(r::fits).map(Enum::name).toList(),
                        Arrays.stream(RequestKind.values()).filter(r::answers).map(Enum::name).toList())).toList(),
                Arrays.stream(StatusReason.values()).map(r -> new Code(r.name(), r.label())).toList(),
                Arrays.stream(ReviewTrigger.values()).map(t -> new Code(t.name(), t.label())).toList(),
                Arrays.stream(ReviewOutcome.values()).map(o -> new Code(o.name(), o.label())).toList(),
                Arrays.stream(RequestKind.values()).map(k -> new Limit(k.name(), rules.timeLimits().daysFor(k)))
                        .toList(),
                new Reviews(rules.reviews().firstWithin().toString(), rules.reviews().interval().toString(),
                        rules.reviews().onRequestWithin().toString()));
    }

    record Code(String code, String label) {
    }

    record Reason(String code, String label, List<String> outcomes, List<String> requestKinds) {
    }

    record Limit(String requestKind, int days) {
    }

    record Reviews(String firstWithin, String interval, String onRequestWithin) {
    }

    record Input(String key, String label, String kind, String unit) {
    }

    record Step(String operation, String label, String input, MoneyView amount, String percent) {
    }

    record Rule(String key, String basis, String name, String source, List<Input> inputs, List<Step> steps) {
    }

    record Catalogue(List<Code> bases, List<Code> managementModes, List<Code> funderKinds, List<Rule> allocationRules,
            List<Reason> decisionReasons, List<Code> statusReasons, List<Code> reviewTriggers,
            List<Code> reviewOutcomes, List<Limit> approvalTimeLimits, Reviews reviewPeriods) {

        static Rule rule(AllocationRule r) {
            return new Rule(r.key(), r.basis().name(), r.name(), r.source(), r.inputs().stream()
                    .map(i -> new Input(i.key(), i.label(), i.kind().name(), i.unit())).toList(), r.steps().stream()
                    .map(s -> new Step(s.operation().name(), s.label(), s.input(), MoneyView.of(s.amount()),
                            s.basisPoints() == 0 ? null : AllocationStep.percentWritten(s.basisPoints()))).toList());
        }
    }
}
