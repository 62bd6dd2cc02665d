package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "0.00|0", "12|1200", "12.50|1250", "£12.50|1250", "1,250.00|125000", "£1,250|125000",
        "1250.99|125099", "  £4,800.00  |480000", "10,000,000.00|1000000000", "999,999.99|99999999"})
    void readsAmountsAsPeopleWriteThem(String written, long pence) {
        assertThat(Money.parse("amount", written)).isEqualTo(Money.ofPence(pence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "12.", "12.505", "£12.5"})
    void refusesPenceNotWrittenAsTwoDigits(String written) {
        assertThatThrownBy(() -> Money.parse("amount", written)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two digits of pence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,25", "12,50.00", "1,2500", "0012", "12 50", "1e3", "£", "twelve", "12.50p", "$12",
        "+12", "12.50.00", ",125", "0x10", "1_000"})
    void refusesAnythingThatIsNotAnAmount(String written) {
        assertThatThrownBy(() -> Money.parse("amount", written)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-£1.00", "£-1.00", "−5"})
    void refusesNegativeAmounts(String written) {
        assertThatThrownBy(() -> Money.parse("amount", written)).hasMessageContaining("must not be negative");
    }

    @Test
    void refusesAmountsAboveTheInputLimitAndMissingAmounts() {
        assertThatThrownBy(() -> Money.parse("amount", "10,000,000.01")).hasMessageContaining("at most £10,000,000.00");
        assertThatThrownBy(() -> Money.parse("amount", "99999999999")).hasMessageContaining("at most");
        assertThatThrownBy(() -> Money.parse("amount", " ")).hasMessageContaining("is required");
        assertThatThrownBy(() -> Money.parse("amount", null)).hasMessageContaining("is required");
    }

    @Test
    void reportsTheProblemAgainstTheFieldItCameFrom() {
        assertThatThrownBy(() -> Money.parse("unitCost", "abc")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("unitCost"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|£0.00|0.00", "5|£0.05|0.05", "1250|£12.50|12.50", "123456|£1,234.56|1234.56",
        "100000000|£1,000,000.00|1000000.00", "-50|-£0.50|-0.50", "-123456789|-£1,234,567.89|-1234567.89"})
    void writesAmountsForPeopleAndForFiles(long pence, String formatted, String plain) {
        assertThat(Money.ofPence(pence).formatted()).isEqualTo(formatted);
        assertThat(Money.ofPence(pence).plain()).isEqualTo(plain);
    }

    @Test
    void writesTheExtremesWithoutOverflowing() {
        assertThat(Money.ofPence(Long.MIN_VALUE).plain()).isEqualTo("-92233720368547758.08");
        assertThat(Money.ofPence(Long.MAX_VALUE).formatted()).isEqualTo("£92,233,720,368,547,758.07");
    }

    @Test
    void refusesArithmeticThatWouldOverflowInsteadOfWrappingRound() {
        Money huge = Money.ofPence(Long.MAX_VALUE);
        assertThatThrownBy(() -> huge.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).minus(Money.ofPence(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> huge.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> huge.scaled(3, 2)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource({"1000,800,10000,80", "2129400,800,10000,170352", "1,50,100,1", "3,50,100,2", "-3,50,100,-2",
        "40950,5200,100,2129400", "1,1,3,0", "2,1,3,1"})
    void scalesToTheNearestPennyWithHalvesRoundedAwayFromZero(long pence, long numerator, long denominator,
            long expected) {
        assertThat(Money.ofPence(pence).scaled(numerator, denominator)).isEqualTo(Money.ofPence(expected));
    }

    @Test
    void sharesAnAmountInProportionGivingLeftoverPenceToTheLargestRemainders() {
        List<Money> shares = Money.ofPence(100).allocate(List.of(Money.ofPence(1), Money.ofPence(1), Money.ofPence(1)));
        assertThat(shares).containsExactly(Money.ofPence(34), Money.ofPence(33), Money.ofPence(33));
        assertThat(Money.ofPounds(1000).allocate(List.of(Money.ofPounds(2950), Money.ofPounds(1200),
                Money.ofPounds(650)))).containsExactly(Money.ofPence(61458), Money.ofPence(25000), Money.ofPence(13542));
        assertThat(Money.ofPence(5).allocate(List.of(Money.ZERO, Money.ofPence(3)))).containsExactly(Money.ZERO,
                Money.ofPence(5));
    }

    @Test
    void refusesToShareInProportionToNothing() {
        assertThatThrownBy(() -> Money.ofPence(5).allocate(List.of(Money.ZERO))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofPence(5).allocate(List.of(Money.ofPence(-1), Money.ofPence(2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyFormattedAmountReadsBackAsTheSameAmount(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long pence) {
        Money money = Money.ofPence(pence);
        assertThat(Money.parse("amount", money.formatted())).isEqualTo(money);
        assertThat(Money.parse("amount", money.plain())).isEqualTo(money);
    }

    @Property
    void sharesAlwaysAddUpExactlyAndNeverDifferFromTheirExactShareByAPennyOrMore(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long pence,
            @ForAll("weights") @Size(min = 1, max = 6) List<Long> weights) {
        List<Money> asMoney = weights.stream().map(Money::ofPence).toList();
        long total = weights.stream().mapToLong(Long::longValue).sum();
        List<Money> shares = Money.ofPence(pence).allocate(asMoney);
        assertThat(shares.stream().mapToLong(Money::pence).sum()).isEqualTo(pence);
        for (int i = 0; i < weights.size(); i++) {
            // |share × total − pence × weight| < total, i.e. less than a penny from the exact share
            long difference = Math.abs(shares.get(i).pence() * total - pence * weights.get(i));
            assertThat(difference).isLessThan(total);
        }
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.longs().between(0, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(6)
                .filter(l -> l.stream().anyMatch(w -> w > 0));
    }
}
