package care.whatmatters.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountLockOrderTest {

    private static CountRepository.Key key(String kind, int month, String area, String measure, String value) {
        return new CountRepository.Key(kind, LocalDate.of(2026, month, 1), "DISTRICT", area, measure, "",
                value == null ? "ALL" : "SEX", value);
    }

    @Test
    void cellsAreWrittenInOneOrderWhateverOrderTheChangesCameIn() {
        List<CountRepository.Key> keys = new ArrayList<>();
        for (String kind : List.of("MONTH", "QUARTER")) {
            for (int month = 1; month <= 12; month += 3) {
                for (String area : List.of("LS1", "BD7", "WF9")) {
                    keys.add(key(kind, month, area, "PHB", null));
                    keys.add(key(kind, month, area, "PCSP_AGREED", "Female"));
                }
            }
        }
        Map<CountRepository.Key, Long> one = new LinkedHashMap<>();
        keys.forEach(k -> one.put(k, 1L));
        List<CountRepository.Key> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(7));
        Map<CountRepository.Key, Long> other = new HashMap<>();
        shuffled.forEach(k -> other.put(k, -1L));

        List<CountRepository.Key> first = CountRepository.inLockOrder(one).stream().map(Map.Entry::getKey).toList();
        List<CountRepository.Key> second = CountRepository.inLockOrder(other).stream().map(Map.Entry::getKey).toList();

        assertThat(first).isEqualTo(second).hasSize(keys.size()).isNotEqualTo(shuffled);
    }
}
