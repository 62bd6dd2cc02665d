package care.whatmatters.decision.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.util.UUID;

/**
 * One option considered, with its benefits and risks (BRAN: the other options are its alternatives). The
 * option of doing nothing is an option like the others, so what it means is always written down.
 */
public record DecisionOption(UUID id, String title, String benefits, String risks, boolean doingNothing) {

    void check(InputCheck check, String at) {
        check.requiredText(at + ".title", title, FreeText.LINE)
                .requiredText(at + ".benefits", benefits, FreeText.LONG)
                .requiredText(at + ".risks", risks, FreeText.LONG);
    }
}
