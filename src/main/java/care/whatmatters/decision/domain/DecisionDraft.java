package care.whatmatters.decision.domain;

import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.util.List;

/**
 * A decision conversation as recorded: the question, what matters most to the person, the options (one of
 * them doing nothing), the decision aids used and who took part.
 */
public record DecisionDraft(String question, String whatMattersMost, List<DecisionOption> options, String aidsUsed,
        String participants) {

    static final int MOST_OPTIONS = 8;

    void check(InputCheck check) {
        check.requiredText("question", question, FreeText.SHORT)
                .requiredText("whatMattersMost", whatMattersMost, FreeText.SHORT)
                .text("aidsUsed", aidsUsed, FreeText.SHORT)
                .requiredText("participants", participants, FreeText.SHORT);
        List<DecisionOption> all = options == null ? List.of() : options;
        check.that(all.stream().filter(o -> !o.doingNothing()).count() >= 1, "options",
                "need at least one option besides doing nothing");
        check.that(all.stream().filter(DecisionOption::doingNothing).count() == 1, "doingNothing",
                "must be described: what happens if the person does nothing (the N of BRAN)");
        check.that(all.size() <= MOST_OPTIONS, "options", "must be at most " + MOST_OPTIONS);
        for (int i = 0; i < all.size(); i++) {
            DecisionOption o = all.get(i);
            o.check(check, o.doingNothing() ? "doingNothing" : "options[" + i + "]");
        }
    }
}
