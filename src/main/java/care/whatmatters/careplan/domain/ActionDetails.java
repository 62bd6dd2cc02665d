package care.whatmatters.careplan.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.time.LocalDate;
import java.util.UUID;

/** What an action is, who owns it, by when, and which component of personalised care it uses. */
public record ActionDetails(UUID goalId, String description, String owner, LocalDate dueDate,
        SupportComponent component) {

    void check(InputCheck check) {
        check.required("goalId", goalId)
                .requiredText("description", description, FreeText.SHORT)
                .requiredText("owner", owner, FreeText.LINE)
                .required("dueDate", dueDate)
                .required("component", component);
    }
}
