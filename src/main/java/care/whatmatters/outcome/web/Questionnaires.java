package care.whatmatters.outcome.web;

import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.Ons4;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How each questionnaire is laid out as a form: its items and answer range. Only ONS4's wording ships (Crown
 * copyright, Open Government Licence); the other items are numbered, to be entered from the organisation's
 * registered or licensed copy, so no wording of a registered or licensed instrument is in this code.
 *
 * @param kind ITEMS (radios per item), COPM (problem rows) or EQ5D (index and VAS)
 */
public record Questionnaires(String kind, List<String> items, int min, int max, String minLabel, String maxLabel,
        String note) {

    public static Questionnaires of(Measure m) {
        return switch (m) {
            case ONS4 -> new Questionnaires("ITEMS", Ons4.QUESTIONS, 0, 10, "0 means not at all",
                    "10 means completely", "Answer each question on a scale of 0 to 10.");
            case WEMWBS -> numbered(14, 1, 5, "Enter the answers from your registered copy of WEMWBS, item by item.");
            case SWEMWBS -> numbered(7, 1, 5, "Enter the answers from your registered copy of SWEMWBS, item by item. "
                    + "The raw total is converted to the metric score with the published table.");
            case COLLABORATE -> numbered(3, 0, 9, "Enter the person's answers to the three collaboRATE items.");
            case MYCAW -> new Questionnaires("ITEMS", List.of("Concern 1", "Concern 2 (optional)", "Wellbeing"), 0, 6,
                    null, null, "Enter the ratings from the person's MYCaW form (registered copy).");
            case COPM -> new Questionnaires("COPM", List.of(), 1, 10, null, null,
                    "COPM is licensed: enter the performance and satisfaction ratings (1 to 10) of up to five "
                            + "problems from the COPM interview.");
            case EQ5D -> new Questionnaires("EQ5D", List.of(), 0, 100, null, null,
                    "EQ-5D is licensed: enter the index value and the EQ VAS that your licensed instrument gives.");
            case GAS -> new Questionnaires("GAS", List.of(), -2, 2, null, null, null);
        };
    }

    private static Questionnaires numbered(int count, int min, int max, String note) {
        return new Questionnaires("ITEMS", IntStream.rangeClosed(1, count).mapToObj(i -> "Item " + i).toList(), min,
                max, null, null, note);
    }

    public List<Integer> scale() {
        return IntStream.rangeClosed(min, max).boxed().toList();
    }
}
