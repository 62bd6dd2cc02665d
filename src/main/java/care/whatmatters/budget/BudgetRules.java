package care.whatmatters.budget;

import care.whatmatters.budget.domain.AllocationInput;
import care.whatmatters.budget.domain.AllocationRule;
import care.whatmatters.budget.domain.AllocationStep;
import care.whatmatters.budget.domain.ApprovalTimeLimits;
import care.whatmatters.budget.domain.EligibilityBasis;
import care.whatmatters.budget.domain.ReviewRules;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import java.io.IOException;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The configured budget rules: resource-allocation rules, approval time limits and review periods, read
 * once at start-up from {@code whatmatters.budget.rules-location} (by default the example file
 * {@code budget/rules.yml} on the classpath). A malformed file stops the platform starting.
 */
@Component
public class BudgetRules {

    private final List<AllocationRule> allocation;
    private final ApprovalTimeLimits timeLimits;
    private final ReviewRules reviews;

    BudgetRules(@Value("${whatmatters.budget.rules-location:classpath:budget/rules.yml}") Resource location)
            throws IOException {
        Binder binder = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("budget rules", location)));
        RulesFile file = binder.bind("budget", RulesFile.class).orElseThrow(
                () -> new IllegalStateException("No budget rules found in " + location));
        this.allocation = file.allocationRules().stream().map(RuleEntry::toRule).toList();
        this.timeLimits = new ApprovalTimeLimits(file.approval().timeLimitDays(),
                file.approval().reconsiderationTimeLimitDays(), file.approval().exceptionTimeLimitDays());
        this.reviews = new ReviewRules(file.review().firstWithin(), file.review().interval(),
                file.review().onRequestWithin());
        if (allocation.stream().map(AllocationRule::key).distinct().count() != allocation.size()) {
            throw new IllegalStateException("Two budget allocation rules have the same key in " + location);
        }
    }

    public List<AllocationRule> allocationRules() {
        return allocation;
    }

    public List<AllocationRule> allocationRulesFor(EligibilityBasis basis) {
        return allocation.stream().filter(r -> r.basis() == basis).toList();
    }

    /** The rule with this key, which must be one for the budget's basis. */
    public AllocationRule allocationRule(String key, EligibilityBasis basis) {
        return allocationRulesFor(basis).stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("ruleKey", "must be one of the allocation rules for "
                        + basis.label() + ": " + allocationRulesFor(basis).stream().map(AllocationRule::key).toList()));
    }

    public ApprovalTimeLimits timeLimits() {
        return timeLimits;
    }

    public ReviewRules reviews() {
        return reviews;
    }

    record RulesFile(Approval approval, Review review, List<RuleEntry> allocationRules) {
    }

    record Approval(int timeLimitDays, int reconsiderationTimeLimitDays, int exceptionTimeLimitDays) {
    }

    record Review(Period firstWithin, Period interval, Period onRequestWithin) {
    }

    record InputEntry(String key, String label, AllocationInput.Kind kind, String unit, String hint) {
    }

    record StepEntry(AllocationStep.Operation op, String label, String input, String amount, String percent) {

        AllocationStep toStep() {
            return new AllocationStep(op, label, input, amount == null ? null : Money.parse("amount", amount),
                    percent == null ? 0 : AllocationStep.percentToBasisPoints(percent));
        }
    }

    record RuleEntry(String key, EligibilityBasis basis, String name, String source, List<InputEntry> inputs,
            List<StepEntry> steps) {

        AllocationRule toRule() {
            return new AllocationRule(key, basis, name, source, inputs == null ? List.of() : inputs.stream()
                    .map(i -> new AllocationInput(i.key(), i.label(), i.kind(), i.unit() == null ? "" : i.unit(),
                            i.hint())).toList(), steps == null ? List.of() : steps.stream().map(StepEntry::toStep)
                    .toList());
        }
    }
}
