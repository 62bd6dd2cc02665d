package care.whatmatters.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.budget.domain.Quantity;
import care.whatmatters.directory.domain.WeekdayRule;
import care.whatmatters.directory.openreferral.OpenReferralReader;
import care.whatmatters.person.domain.Postcode;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.NhsNumber;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pure parsers of outside data, fuzzed: whatever text arrives, each either answers a value or refuses
 * with {@link InvalidInputException} (which the web layer turns into a 422). Any other exception would
 * reach a client as a 500.
 */
class HostileInputParsersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SERVICE = """
            {"id":"%s","name":"Knit and natter","status":"active","description":"A friendly group.",
             "url":"https://example.org","email":"a@example.org",
             "organization":{"id":"%s","name":"Test Knitters","description":"A test group"},
             "cost_per_session":2.5,"capacity":{"status":"waiting_list","waiting_weeks":3},
             "regular_schedules":[{"freq":"WEEKLY","byday":"MO,WE","opens_at":"10:00","closes_at":"12:00"}],
             "service_at_locations":[{"id":"%s","location":{"id":"%s","location_type":"physical",
               "latitude":53.8,"longitude":-1.55,"addresses":[{"id":"%s","address_1":"1 Test Street",
               "city":"Leeds","postal_code":"LS12 2QT","country":"GB"}]}}]}"""
            .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789 .,-£+eE").ofMaxLength(30),
                Arbitraries.strings().withChars("ABCDEFGHJKLMNPRSTUWYZ0123456789 ").ofMaxLength(10),
                HostileJson.strangeValues());
    }

    @Property(tries = 200)
    void nhsNumbersParseOrAreRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> NhsNumber.parse(written));
    }

    @Property(tries = 200)
    void moneyParsesOrIsRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> {
            Money money = Money.parse("amount", written);
            assertThat(money.pence()).isBetween(0L, Money.MAX_INPUT.pence());
        });
    }

    @Property(tries = 200)
    void quantitiesParseOrAreRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> Quantity.parse("quantity", written));
    }

    @Property(tries = 200)
    void postcodesParseOrAreRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> Postcode.parse(written));
    }

    @Property(tries = 200)
    void idsParseOrAreRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> Ids.parse("id", written));
    }

    @Property(tries = 200)
    void scheduleDaysParseOrAreRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> WeekdayRule.parseAll("byday", written));
    }

    @Property(tries = 200)
    void freeTextIsKeptExactlyOrRefused(@ForAll("text") String written) {
        refusedOnlyAsInvalidInput(() -> {
            String kept = FreeText.optional("text", written, FreeText.LONG);
            if (kept != null) {
                assertThat(kept).isEqualTo(written);
            }
        });
    }

    @Provide
    Arbitrary<String> services() {
        return HostileJson.breaking(SERVICE);
    }

    /** An Open Referral UK record, however broken, is read with its problems listed, never a crash. */
    @Property(tries = 200)
    void openReferralRecordsAreReadOrRefused(@ForAll("services") String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException unreadable) {
            return; // refused before the reader (the web layer answers 400)
        }
        refusedOnlyAsInvalidInput(() -> {
            OpenReferralReader.Read read = OpenReferralReader.read(node, Instant.now());
            assertThat(read.ok() || !read.problems().isEmpty()).isTrue();
        });
    }

    /** Found by the property above: a number beyond a double's range is listed as a problem, not thrown. */
    @Example
    void anOutOfRangeCostIsAProblemNotACrash() throws Exception {
        JsonNode node = JSON.readTree(SERVICE.replace("\"cost_per_session\":2.5", "\"cost_per_session\":1e309"));
        OpenReferralReader.Read read = OpenReferralReader.read(node, Instant.now());
        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.field()).endsWith("cost_per_session"));
    }

    private static void refusedOnlyAsInvalidInput(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
