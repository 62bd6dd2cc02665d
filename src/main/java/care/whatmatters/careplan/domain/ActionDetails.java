package care.whatmatters.careplan.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.time.LocalDate;
import java.util.UUID;

/** What an action is, who owns it, by when, and which component of personalised care it uses. */
public record ActionDetails(UUID goalId, String description, String owner, LocalDate dueDate,
        SupportComponent component) {

    /**
     * {@code draft}: the plan is a draft, so the goal, owner and date may come later (agreeing the plan
     * requires them); a draft action still needs its description and component.
     */
    void check(InputCheck check, boolean draft) {
        if (!draft) {
            check.required("goalId", goalId);
        }
        check.requiredText("description", description, FreeText.SHORT);
        if (!draft) {
            check.requiredText("owner", owner, FreeText.LINE).required("dueDate", dueDate);
        } else {
            check.text("owner", owner, FreeText.LINE);
        }
        check.required("component", component);
    }
}
