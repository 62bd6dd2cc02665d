package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonNumbersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void finiteNumbersAreReadExactly() {
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("2.5"))).isEqualByComparingTo("2.5");
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("99999999999999999999")))
                .isEqualByComparingTo(new BigDecimal("99999999999999999999"));
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("-0.0"))).isEqualByComparingTo("0");
    }

    @Test
    void numbersBeyondADoublesRangeAreNotNumbers() {
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("1e309"))).isNull();
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("-1e309"))).isNull();
    }

    @Test
    void otherValuesAreNotNumbers() {
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("\"2.5\""))).isNull();
        assertThat(JsonNumbers.finiteDecimal(JSON.readTree("null"))).isNull();
        assertThat(JsonNumbers.finiteDecimal(null)).isNull();
    }
}
