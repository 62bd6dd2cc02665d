package care.whatmatters.population;

import care.whatmatters.person.domain.Demographics;
import care.whatmatters.reporting.domain.AgeBand;
import care.whatmatters.reporting.domain.Areas;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's rows in the reporting read model, by the reporting module's rules ({@code ReportingFacts}):
 * one fact per measure and period (month, quarter, financial year; "ever" for registration), plus
 * "received personalised care" for interventions, once per period; equity groups as on the day. Facts are
 * written not yet aggregated: the reporting aggregator folds them into the dashboard's counts.
 */
final class ReportRows {

    private final Chunk chunk;
    private final Areas areas;
    private final Set<String> counted = new HashSet<>();
    private final java.util.Map<String, java.util.Optional<Areas.Area>> areaOf = new java.util.HashMap<>();
    private UUID person;
    private Demographics who;

    ReportRows(Chunk chunk, Areas areas) {
        this.chunk = chunk;
        this.areas = areas;
    }

    void person(UUID id, Demographics d) {
        person = id;
        who = d;
        counted.clear();
        chunk.table("report_person").row(id, district(), d.deprivationDecile(), ethnicGroup(), birthMonth(),
                sex(), disability(), null, d.dataOptOut(), true, false);
    }

    void count(Measure measure, LocalDate on, UUID organisation) {
        count(measure, "", on, organisation);
    }

    /** @param detail a sub-division of the measure (a budget's management mode), or "" */
    void count(Measure measure, String detail, LocalDate on, UUID organisation) {
        List<ReportPeriod> periods = new ArrayList<>(ReportPeriod.allContaining(on));
        if (measure == Measure.REGISTERED) {
            periods.add(ReportPeriod.EVER);
        }
        for (ReportPeriod period : periods) {
            fact(measure, detail, period, on, organisation);
            if (measure.isIntervention()) {
                fact(Measure.PERSONALISED_CARE, "", period, on, organisation);
            }
        }
    }

    private void fact(Measure measure, String detail, ReportPeriod period, LocalDate on, UUID organisation) {
        if (!counted.add(measure + "/" + detail + "/" + period.kind() + "/" + period.start())) {
            return; // a person counts once per measure and period
        }
        String district = district();
        Areas.Area area = district == null ? null
                : areaOf.computeIfAbsent(district, d -> areas.of(d)).orElse(null);
        String place = area == null ? null : area.place();
        String ics = area == null ? null : area.ics();
        String ethnic = orNotRecorded(ethnicGroup());
        String age = AgeBand.on(birthMonth(), on);
        String sex = orNotRecorded(sex());
        String disability = orNotRecorded(disability());
        chunk.table("report_fact").row(person, measure.name(), detail, period.kind().name(), period.start(), on,
                organisation, district, place, ics, who.deprivationDecile(), ethnic, age, sex, disability, DIGITAL,
                who.dataOptOut(), true);
        chunk.counts().add(period.kind().name(), period.start(), measure.name(), detail,
                present(new String[][] {{"NATION", "ALL"}, {"DISTRICT", district}, {"PLACE", place}, {"ICS", ics},
                    {"ORGANISATION", organisation == null ? null : organisation.toString()}}),
                present(new String[][] {{"DEPRIVATION", who.deprivationDecile() == null ? null
                        : who.deprivationDecile().toString()}, {"ETHNICITY", ethnic}, {"AGE_BAND", age}, {"SEX", sex},
                    {"DISABILITY", disability}, {"DIGITAL", DIGITAL}}));
    }

    /** No digital inclusion assessment is generated, so everyone is "not assessed". */
    private static final String DIGITAL = "Not assessed";

    private static String orNotRecorded(String value) {
        return value == null ? "Not recorded" : value;
    }

    /** Only the pairs with a value, as the aggregator skips empty columns. */
    private static String[][] present(String[][] pairs) {
        return java.util.Arrays.stream(pairs).filter(p -> p[1] != null).toArray(String[][]::new);
    }

    private String district() {
        return who.postcode() == null ? null : who.postcode().outward();
    }

    private String ethnicGroup() {
        return who.ethnicity() == null ? null : who.ethnicity().heading();
    }

    private LocalDate birthMonth() {
        return who.dateOfBirth().withDayOfMonth(1);
    }

    private String sex() {
        return who.sex() == null ? null : who.sex().label();
    }

    private String disability() {
        if (who.disability() == null) {
            return null;
        }
        return who.disability().disabled() ? "Disabled"
                : who.disability().name().equals("NOT_STATED") ? "Not stated" : "Not disabled";
    }
}
