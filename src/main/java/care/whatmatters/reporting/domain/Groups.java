package care.whatmatters.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every group of each equity breakdown, in a fixed order, so that a group with no one in it still shows
 * (as 0) rather than silently disappearing from the table.
 */
public final class Groups {

    public static final String NOT_RECORDED = "Not recorded";

    private Groups() {
    }

    public static List<String> of(Dimension dimension) {
        return switch (dimension) {
            case ALL -> List.of("ALL");
            case DEPRIVATION -> withNotRecorded(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
            case ETHNICITY -> withNotRecorded(List.of("Asian", "Black", "Mixed", "White", "Other", "Not stated"));
            case AGE_BAND -> {
                List<String> bands = new ArrayList<>(AgeBand.all());
                bands.add(AgeBand.NOT_KNOWN);
                yield bands;
            }
            case SEX -> withNotRecorded(List.of("Female", "Male",
                    "Indeterminate (unable to be classified as either male or female)", "Not known"));
            case DISABILITY -> withNotRecorded(List.of("Disabled", "Not disabled", "Not stated"));
            case DIGITAL -> List.of("Digitally excluded", "Not excluded", "Not assessed");
        };
    }

    private static List<String> withNotRecorded(List<String> groups) {
        List<String> all = new ArrayList<>(groups);
        all.add(NOT_RECORDED);
        return all;
    }
}
