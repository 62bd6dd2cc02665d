package care.whatmatters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.shared.NhsNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoNhsNumbersTest {

    @Test
    void startsAtTheFirstValidNumberAtOrAfterTheGivenNineDigits() {
        assertThat(new DemoNhsNumbers(999_000_001L).next()).isEqualTo("9990000018");
        assertThat(new DemoNhsNumbers(943_476_591L).next()).isEqualTo("9434765919");
    }

    @Test
    void skipsNineDigitsWhoseCheckDigitWouldBeTen() {
        // 000000006 has check digit 10, so no valid number starts with it; the next candidate is 000000007
        assertThat(NhsNumber.checkDigit("000000006")).isNull();

        assertThat(new DemoNhsNumbers(6).next()).isEqualTo("000000007" + NhsNumber.checkDigit("000000007"));
    }

    @Test
    void keepsLeadingZerosSoEveryNumberHasTenDigits() {
        assertThat(new DemoNhsNumbers(1).next()).hasSize(10).startsWith("000000001");
    }

    @Test
    void handsOutValidDistinctIncreasingNumbersInTheReservedTestRange() {
        DemoNhsNumbers numbers = new DemoNhsNumbers(999_000_002L);
        List<String> handedOut = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            handedOut.add(numbers.next());
        }

        assertThat(handedOut).allSatisfy(n -> {
            assertThat(NhsNumber.isValid(n)).as(n).isTrue();
            assertThat(n).startsWith("999");
        });
        assertThat(new HashSet<>(handedOut)).hasSize(handedOut.size());
        for (int i = 1; i < handedOut.size(); i++) {
            assertThat(handedOut.get(i)).isGreaterThan(handedOut.get(i - 1));
        }
    }

    @Test
    void handsOutEveryValidNumberInTurnWithoutGaps() {
        DemoNhsNumbers numbers = new DemoNhsNumbers(999_000_002L);
        List<String> expected = new ArrayList<>();
        for (long nine = 999_000_002L; expected.size() < 200; nine++) {
            Integer check = NhsNumber.checkDigit(Long.toString(nine));
            if (check != null) {
                expected.add(nine + "" + check);
            }
        }

        for (String number : expected) {
            assertThat(numbers.next()).isEqualTo(number);
        }
    }

    @Test
    void theCastsNumbersDoNotClashWithTheSyntheticPopulations() {
        DemoNhsNumbers cast = new DemoNhsNumbers(999_000_002L);
        String firstCast = cast.next();

        assertThat(Long.parseLong(SyntheticPeople.nhsNumber(4_999_999))).isLessThan(Long.parseLong(firstCast));
    }
}
