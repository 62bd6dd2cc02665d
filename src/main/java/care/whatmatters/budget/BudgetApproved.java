package care.whatmatters.budget;

import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A personal health budget was approved and is now in place (a first approval, or a refusal reconsidered).
 *
 * @param basis      the eligibility basis (CHC, CCC, S117, WHEELCHAIR, EHCP, LOCAL)
 * @param mode       how the money is managed (a {@code ManagementMode} name), or MIXED when lines differ
 * @param wheelchair whether it is a personal wheelchair budget, counted separately
 */
public record BudgetApproved(PersonId person, UUID budget, String basis, String mode, boolean wheelchair,
        LocalDate on) {
}
