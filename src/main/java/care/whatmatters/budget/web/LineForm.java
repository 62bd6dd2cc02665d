package care.whatmatters.budget.web;

import care.whatmatters.shared.InputCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the costed-line form: one amount field per funder ({@code share.<funder id>}); a funder left blank
 * pays nothing towards the line.
 */
final class LineForm {

    private LineForm() {
    }

    static BudgetRequests.Line read(Map<String, String> form) {
        InputCheck check = new InputCheck();
        UUID action = check.value(() -> BudgetPageSupport.id("planActionId", form.get("planActionId")));
        List<BudgetRequests.Share> shares = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("share.") && value != null && !value.isBlank()) {
                UUID funder = check.value(() -> BudgetPageSupport.id("funding", key.substring("share.".length())));
                shares.add(new BudgetRequests.Share(funder, value));
            }
        });
        check.orThrow();
        return new BudgetRequests.Line(action, form.get("description"), form.get("provider"), null,
                blank(form.get("unitCost")), blank(form.get("quantity")), form.get("mode"), shares);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
