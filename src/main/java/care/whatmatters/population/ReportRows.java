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

    /** No digital inclusion assessment is generated, so everyone is "not assessed". */
    private static final String DIGITAL = "Not assessed";

    private final Chunk chunk;
    private final Areas areas;
    private final CountFold.Names names;
    private final java.util.Map<String, java.util.Optional<Areas.Area>> areaOf = new java.util.HashMap<>();
    /** The (measure, period) pairs this person has counted in: a person counts once in each. */
    private final Set<Long> counted = new HashSet<>();
    private UUID person;
    private Demographics who;
    private String district;
    private Areas.Area area;
    private String ethnic;
    private String sex;
    private String disability;
    /** The person's areas (up to four, then the fact's organisation) and groups ("ALL", five, then age band). */
    private final int[] areaNumbers = new int[5];
    private int personAreas;
    private final int[] groupNumbers = new int[8];
    private int personGroups;

    ReportRows(Chunk chunk, Areas areas, CountFold.Names names) {
        this.chunk = chunk;
        this.areas = areas;
        this.names = names;
    }

    void person(UUID id, Demographics d) {
        person = id;
        who = d;
        counted.clear();
        district = d.postcode() == null ? null : d.postcode().outward();
        area = district == null ? null : areaOf.computeIfAbsent(district, areas::of).orElse(null);
        ethnic = orNotRecorded(ethnicGroup());
        sex = orNotRecorded(sex());
        disability = orNotRecorded(disability());
        chunk.table("report_person").row(id, district, d.deprivationDecile(), ethnicGroup(), birthMonth(),
                sex(), disability(), null, d.dataOptOut(), true, false);
        // Only the areas and groups with a value count, as the aggregator skips empty columns.
        personAreas = 0;
        areaNumbers[personAreas++] = names.area("NATION", "ALL");
        if (district != null) {
            areaNumbers[personAreas++] = names.area("DISTRICT", district);
        }
        if (area != null && area.place() != null) {
            areaNumbers[personAreas++] = names.area("PLACE", area.place());
        }
        if (area != null && area.ics() != null) {
            areaNumbers[personAreas++] = names.area("ICS", area.ics());
        }
        personGroups = 0;
        groupNumbers[personGroups++] = names.group("ALL", "ALL");
        if (d.deprivationDecile() != null) {
            groupNumbers[personGroups++] = names.group("DEPRIVATION", d.deprivationDecile().toString());
        }
        groupNumbers[personGroups++] = names.group("ETHNICITY", ethnic);
        groupNumbers[personGroups++] = names.group("SEX", sex);
        groupNumbers[personGroups++] = names.group("DISABILITY", disability);
        groupNumbers[personGroups++] = names.group("DIGITAL", DIGITAL);
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
        int measureNumber = names.measure(measure.name(), detail);
        int personalisedCare = measure.isIntervention() ? names.measure(Measure.PERSONALISED_CARE.name(), "") : 0;
        int areaCount = personAreas;
        if (organisation != null) {
            areaNumbers[areaCount++] = names.area("ORGANISATION", organisation.toString());
        }
        String age = AgeBand.on(birthMonth(), on);
        groupNumbers[personGroups] = names.group("AGE_BAND", age);
        for (ReportPeriod period : periods) {
            int periodNumber = names.period(period.kind().name(), period.start());
            fact(measure.name(), detail, measureNumber, period, periodNumber, on, organisation, age, areaCount);
            if (personalisedCare != 0) {
                fact(Measure.PERSONALISED_CARE.name(), "", personalisedCare, period, periodNumber, on, organisation,
                        age, areaCount);
            }
        }
    }

    private void fact(String measure, String detail, int measureNumber, ReportPeriod period, int periodNumber,
            LocalDate on, UUID organisation, String age, int areaCount) {
        if (!counted.add((long) measureNumber << 32 | periodNumber)) {
            return; // a person counts once per measure and period
        }
        chunk.table("report_fact").row(person, measure, detail, period.kind().name(), period.start(), on,
                organisation, district, area == null ? null : area.place(), area == null ? null : area.ics(),
                who.deprivationDecile(), ethnic, age, sex, disability, DIGITAL, who.dataOptOut(), true);
        chunk.counts().add(periodNumber, measureNumber, areaNumbers, areaCount, groupNumbers, personGroups + 1);
    }

    private static String orNotRecorded(String value) {
        return value == null ? "Not recorded" : value;
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
