package care.whatmatters.person.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.Stamp;
import java.util.UUID;

/**
 * Someone the person names to speak or act for them: a family carer, a friend, an advocate, an attorney
 * under a lasting power of attorney.
 */
public record Representative(UUID id, String name, String relationship, String contact, boolean carer,
        boolean legalAuthority, Stamp added) {

    public static void check(InputCheck check, String name, String relationship, String contact) {
        check.requiredText("name", name, FreeText.LINE)
                .requiredText("relationship", relationship, FreeText.LINE)
                .text("contact", contact, FreeText.LINE);
    }
}
