package care.whatmatters.budget.domain;

import care.whatmatters.shared.Stamp;
import java.util.UUID;

/** One contributor to a budget, such as "NHS wheelchair service" or "Dylan's own top-up". */
public record Funder(UUID id, FunderKind kind, String name, Stamp added) {
}
