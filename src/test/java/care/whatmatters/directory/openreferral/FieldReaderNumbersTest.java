package care.whatmatters.directory.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FieldReaderNumbersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void finiteNumbersAreReadExactly() {
        assertThat(FieldReader.finiteDecimal(JSON.readTree("2.5"))).isEqualByComparingTo("2.5");
        assertThat(FieldReader.finiteDecimal(JSON.readTree("99999999999999999999")))
                .isEqualByComparingTo(new BigDecimal("99999999999999999999"));
        assertThat(FieldReader.finiteDecimal(JSON.readTree("-0.0"))).isEqualByComparingTo("0");
    }

    @Test
    void numbersBeyondADoublesRangeAreNotNumbers() {
        assertThat(FieldReader.finiteDecimal(JSON.readTree("1e309"))).isNull();
        assertThat(FieldReader.finiteDecimal(JSON.readTree("-1e309"))).isNull();
    }

    @Test
    void otherValuesAreNotNumbers() {
        assertThat(FieldReader.finiteDecimal(JSON.readTree("\"2.5\""))).isNull();
        assertThat(FieldReader.finiteDecimal(JSON.readTree("null"))).isNull();
        assertThat(FieldReader.finiteDecimal(null)).isNull();
    }
}
