package care.whatmatters.decision.web;

import java.util.HashMap;
import java.util.Map;

/** The form labels that problems are reported against. */
final class DecisionLabels {

    static final Map<String, String> LABELS = labels();

    private DecisionLabels() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(Map.of("question", "The question", "whatMattersMost",
                "What matters most", "participants", "Who took part", "aidsUsed", "Decision aids used",
                "options", "Options", "doingNothing", "Doing nothing", "doingNothing.benefits",
                "What doing nothing would mean (benefits)", "doingNothing.risks",
                "What doing nothing would mean (risks)", "chosenOption", "The decision", "reasons", "Why"));
        for (int i = 0; i < DecisionPages.OPTION_ROWS; i++) {
            labels.put("options[" + i + "].title", "Option " + (i + 1) + " name");
            labels.put("options[" + i + "].benefits", "Option " + (i + 1) + " benefits");
            labels.put("options[" + i + "].risks", "Option " + (i + 1) + " risks");
        }
        labels.put("words", "What you decided");
        labels.put("providersOffered", "Providers offered");
        labels.put("providerChosen", "Provider chosen");
        labels.put("exclusion", "Why choice does not apply");
        labels.put("exclusionDetail", "Another reason");
        labels.put("response", "Your answer");
        return Map.copyOf(labels);
    }
}
