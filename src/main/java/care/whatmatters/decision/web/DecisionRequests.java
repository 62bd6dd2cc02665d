package care.whatmatters.decision.web;

import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.decision.PlanLink;
import care.whatmatters.decision.domain.ChoiceExclusion;
import care.whatmatters.decision.domain.DecisionDraft;
import care.whatmatters.decision.domain.DecisionOption;
import care.whatmatters.decision.ChoiceOffers;
import care.whatmatters.decision.domain.ChoiceOffer;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the decision and choice APIs; codes and dates arrive as text so mistakes name their field. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    record Option(String title, String benefits, String risks, Boolean doingNothing) {
    }

    record NewAction(UUID goalId, String description, String owner, String dueDate) {
    }

    record NewDecision(String question, String whatMattersMost, List<Option> options, String aidsUsed,
            String participants, Integer chosenOption, String reasons, UUID completeAction, NewAction newAction) {

        DecisionDraft draft() {
            List<DecisionOption> all = options == null ? List.of() : options.stream()
                    .map(o -> new DecisionOption(Ids.newId(), o.title(), o.benefits(), o.risks(),
                            Boolean.TRUE.equals(o.doingNothing()))).toList();
            return new DecisionDraft(question, whatMattersMost, all, aidsUsed, participants);
        }
    }

    record Decide(UUID chosenOptionId, String reasons, UUID completeAction, NewAction newAction) {
    }

    record Words(String words) {
    }

    record Response(String response) {
    }

    record Collaborate(List<Integer> answers) {
    }

    record Offer(String subject, UUID subjectId, Boolean offered, List<String> providersOffered, String providerChosen,
            String exclusion, String exclusionDetail) {

        ChoiceOffers.Offer toOffer() {
            InputCheck check = new InputCheck().required("subject", subject).required("offered", offered);
            ChoiceOffer.Subject s = check.choice("subject", ChoiceOffer.Subject.class, subject);
            ChoiceExclusion e = check.choice("exclusion", ChoiceExclusion.class, exclusion);
            check.orThrow();
            return new ChoiceOffers.Offer(s, subjectId, offered, providersOffered, providerChosen, e, exclusionDetail);
        }
    }

    static PlanLink link(UUID completeAction, NewAction newAction) {
        if (completeAction != null && newAction != null) {
            throw InvalidInputException.of("newAction", "give either an action to complete or a new action, not both");
        }
        if (completeAction != null) {
            return PlanLink.completing(completeAction);
        }
        if (newAction == null) {
            return PlanLink.NONE;
        }
        InputCheck check = new InputCheck();
        LocalDate due = check.date("newAction.dueDate", newAction.dueDate());
        check.orThrow();
        return PlanLink.adding(new ActionDetails(newAction.goalId(), newAction.description(), newAction.owner(), due,
                SupportComponent.SHARED_DECISION));
    }

    static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return body;
    }
}
