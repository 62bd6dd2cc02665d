package care.whatmatters.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The social prescribing minimum dataset for secondary use: one row per referral, in the dataset's four
 * groups (demographics, needs, support offered, outcomes) as far as they can be given without identifying
 * anyone. The person and the referral appear only as pseudonymous keys; demographics are generalised (age
 * band on the day of referral, postcode district, ONS ethnic group heading, deprivation decile); no free
 * text (reasons, needs in the person's words, notes) ever leaves, since it can name people.
 */
public final class SocialPrescribingDataset {

    public static final List<String> HEADER = List.of("referral_key", "person_key", "referred_on", "referral_source",
            "snomed_referral_code", "age_band", "sex", "ethnic_group", "deprivation_decile", "postcode_district",
            "connected_on", "closed_on", "closed_from", "wellbeing_measure", "wellbeing_change");

    private SocialPrescribingDataset() {
    }

    public static CsvTable of(List<ReferralRecord> referrals, Pseudonyms pseudonyms, String referralCode) {
        CsvTable csv = new CsvTable(HEADER);
        for (ReferralRecord r : referrals) {
            List<String> row = new ArrayList<>();
            row.add(pseudonyms.of("referral", r.referral()));
            row.add(pseudonyms.of("person", r.person()));
            row.add(r.referredOn().toString());
            row.add(r.source());
            row.add(referralCode);
            row.add(AgeBand.on(r.birthMonth(), r.referredOn()));
            row.add(orNotRecorded(r.sex()));
            row.add(orNotRecorded(r.ethnicGroup()));
            row.add(r.deprivationDecile() == null ? Groups.NOT_RECORDED : r.deprivationDecile().toString());
            row.add(orNotRecorded(r.district()));
            row.add(text(r.connectedOn()));
            row.add(text(r.closedOn()));
            row.add(text(r.closedFrom()));
            row.add(text(r.wellbeingMeasure()));
            row.add(r.wellbeingChange() == null ? "" : r.wellbeingChange().stripTrailingZeros().toPlainString());
            csv.row(row);
        }
        return csv;
    }

    private static String orNotRecorded(String value) {
        return value == null ? Groups.NOT_RECORDED : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
