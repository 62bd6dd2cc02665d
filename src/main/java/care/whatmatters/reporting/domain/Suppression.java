package care.whatmatters.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression for published counts. Counts from 1 up to {@code threshold - 1} are hidden
 * (primary suppression). If exactly one cell of a breakdown is hidden, it could be worked out by
 * subtracting the others from the total, so the next smallest non-zero cell is hidden too (secondary
 * suppression); and a total small enough to hide hides the whole breakdown. Zero is shown: it discloses
 * no one.
 */
public final class Suppression {

    private Suppression() {
    }

    /** A shown count: the number, or suppressed. */
    public record Cell(String key, Long shown) {

        public boolean suppressed() {
            return shown == null;
        }
    }

    public static boolean hides(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** Suppresses one breakdown of {@code total} into {@code cells} (in the order given). */
    public static List<Cell> breakdown(Map<String, Long> cells, long total, int threshold) {
        Map<String, Long> shown = new LinkedHashMap<>(cells);
        if (hides(total, threshold)) {
            shown.replaceAll((k, v) -> v == 0 ? 0L : null);
            return asCells(shown);
        }
        List<String> hidden = new ArrayList<>();
        cells.forEach((k, v) -> {
            if (hides(v, threshold)) {
                hidden.add(k);
                shown.put(k, null);
            }
        });
        if (hidden.size() == 1) {
            cells.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && shown.get(e.getKey()) != null)
                    .min(Comparator.comparingLong(Map.Entry::getValue))
                    .ifPresent(e -> shown.put(e.getKey(), null));
        }
        return asCells(shown);
    }

    private static List<Cell> asCells(Map<String, Long> shown) {
        List<Cell> result = new ArrayList<>();
        shown.forEach((k, v) -> result.add(new Cell(k, v)));
        return result;
    }
}
