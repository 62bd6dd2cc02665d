package care.whatmatters.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({"52,5200,52", "17.5,1750,17.5", "0.25,25,0.25", "0.05,5,0.05", "1.50,150,1.5", "100000,10000000,100000"})
    void readsAndWritesQuantitiesExactlyInHundredths(String written, long hundredths, String shown) {
        Quantity q = Quantity.parse("quantity", written);
        assertThat(q.hundredths()).isEqualTo(hundredths);
        assertThat(q.written()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.005", "1,000", "01", "abc", "100000.01", " "})
    void refusesQuantitiesThatAreNotPlainNumbersWithinRange(String written) {
        assertThatThrownBy(() -> Quantity.parse("quantity", written)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({"17.5,2340,40950", "0.33,100,33", "0.5,1,1", "3,3333,9999"})
    void multipliesAPriceToTheNearestPenny(String quantity, long price, long expected) {
        assertThat(Quantity.parse("q", quantity).times(Money.ofPence(price))).isEqualTo(Money.ofPence(expected));
    }
}
