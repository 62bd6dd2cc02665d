package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Map<String, Long> cells(long... counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            cells.put("g" + i, counts[i]);
        }
        return cells;
    }

    private static List<Long> shown(List<Suppression.Cell> cells) {
        return cells.stream().map(Suppression.Cell::shown).toList();
    }

    @Test
    void countsFromOneToSevenAreHiddenAndZeroAndEightAreShown() {
        assertThat(Suppression.hides(0, 8)).isFalse();
        assertThat(Suppression.hides(1, 8)).isTrue();
        assertThat(Suppression.hides(7, 8)).isTrue();
        assertThat(Suppression.hides(8, 8)).isFalse();
    }

    @Test
    void aSingleHiddenCellTakesTheNextSmallestWithItSoItCannotBeWorkedOutFromTheTotal() {
        assertThat(shown(Suppression.breakdown(cells(40, 3, 20, 0, 12), 75, 8)))
                .containsExactly(40L, null, 20L, 0L, null);
    }

    @Test
    void twoHiddenCellsAlreadyProtectEachOther() {
        assertThat(shown(Suppression.breakdown(cells(40, 3, 5, 30), 78, 8))).containsExactly(40L, null, null, 30L);
    }

    @Test
    void aSmallTotalHidesItsWholeBreakdownExceptZeros() {
        assertThat(shown(Suppression.breakdown(cells(3, 0, 2), 5, 8))).containsExactly(null, 0L, null);
    }

    @Test
    void nothingSmallMeansNothingHidden() {
        assertThat(shown(Suppression.breakdown(cells(10, 20, 0), 30, 8))).containsExactly(10L, 20L, 0L);
    }

    /** Whatever the counts, no hidden cell can be recovered by subtracting the shown ones from the total. */
    @Property
    void noHiddenCellCanBeRecoveredFromTheTotal(@ForAll @Size(min = 2, max = 10) List<@IntRange(min = 0, max = 40) Integer> counts) {
        long[] values = counts.stream().mapToLong(Integer::longValue).toArray();
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        List<Suppression.Cell> result = Suppression.breakdown(cells(values), total, 8);

        long hidden = result.stream().filter(Suppression.Cell::suppressed).count();
        long hiddenNonZeroSmall = 0;
        for (int i = 0; i < values.length; i++) {
            if (Suppression.hides(values[i], 8)) {
                assertThat(result.get(i).suppressed()).as("a small count is never shown").isTrue();
                hiddenNonZeroSmall++;
            }
        }
        if (hiddenNonZeroSmall > 0 && !Suppression.hides(total, 8)) {
            assertThat(hidden).as("never exactly one hidden cell").isNotEqualTo(1);
        }
    }
}
