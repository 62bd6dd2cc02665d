package care.whatmatters.careplan.web;

import care.whatmatters.careplan.domain.ActionDetails;
import care.whatmatters.careplan.domain.ActionProgress;
import care.whatmatters.careplan.domain.SupportComponent;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the plan API. Dates and codes arrive as text so a mistake is reported against its field. */
final class PlanRequests {

    private PlanRequests() {
    }

    record StartPlan(String reviewDate, String contingency) {
    }

    record ReviewDate(String reviewDate) {
    }

    record Contingency(String contingency) {
    }

    record Text(String text) {
    }

    record Reason(String reason) {
    }

    record GoalText(UUID whatMattersId, String text) {
    }

    record Action(UUID goalId, String description, String owner, String dueDate, String component) {

        ActionDetails toDetails() {
            InputCheck check = new InputCheck();
            LocalDate due = check.date("dueDate", dueDate);
            SupportComponent used = check.choice("component", SupportComponent.class, component);
            check.orThrow();
            return new ActionDetails(goalId, description, owner, due, used);
        }
    }

    record Progress(String progress) {

        ActionProgress toProgress() {
            InputCheck check = new InputCheck().required("progress", progress);
            ActionProgress value = check.choice("progress", ActionProgress.class, progress);
            check.orThrow();
            return value;
        }
    }

    record Agree(Boolean personAgreed, String participants) {
    }

    record Accept(UUID whatMattersId) {
    }

    static LocalDate date(String field, String value) {
        InputCheck check = new InputCheck().required(field, value);
        LocalDate date = check.date(field, value);
        check.orThrow();
        return date;
    }

    static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return body;
    }
}
