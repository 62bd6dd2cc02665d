package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SocialPrescribingDatasetTest {

    private static final Pseudonyms KEYS = new Pseudonyms("test secret, sixteen".getBytes(StandardCharsets.UTF_8));

    @Test
    void writesOneRowPerReferralWithPseudonymousKeysAndGeneralisedGroupsInTheDocumentedOrder() {
        UUID person = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        ReferralRecord closed = new ReferralRecord(referral, person, "GP", LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 1), "OUTCOME_MEASURED", "SWEMWBS",
                new BigDecimal("5.990"), LocalDate.of(1957, 3, 1), "Female", "White", 2, "LS12");

        CsvTable csv = SocialPrescribingDataset.of(List.of(closed), KEYS, "871731000000106");

        assertThat(csv.header()).containsExactly("referral_key", "person_key", "referred_on", "referral_source",
                "snomed_referral_code", "age_band", "sex", "ethnic_group", "deprivation_decile", "postcode_district",
                "connected_on", "closed_on", "closed_from", "wellbeing_measure", "wellbeing_change");
        assertThat(csv.rows().getFirst()).containsExactly(KEYS.of("referral", referral), KEYS.of("person", person),
                "2026-05-03", "GP", "871731000000106", "65–74", "Female", "White", "2", "LS12", "2026-05-20",
                "2026-07-01", "OUTCOME_MEASURED", "SWEMWBS", "5.99");
        assertThat(csv.render()).doesNotContain(person.toString(), referral.toString(), "1957");
    }

    @Test
    void anOpenReferralWithNothingRecordedLeavesItsLaterFieldsEmpty() {
        ReferralRecord open = new ReferralRecord(UUID.randomUUID(), UUID.randomUUID(), "SELF",
                LocalDate.of(2026, 5, 3), null, null, null, null, null, null, null, null, null, null);

        List<String> row = SocialPrescribingDataset.of(List.of(open), KEYS, "871731000000106").rows().getFirst();

        assertThat(row.subList(5, 15)).containsExactly("Not known", "Not recorded", "Not recorded", "Not recorded",
                "Not recorded", "", "", "", "", "");
    }
}
