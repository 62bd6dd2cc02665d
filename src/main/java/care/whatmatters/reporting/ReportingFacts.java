package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.AgeBand;
import care.whatmatters.reporting.domain.AreaLevel;
import care.whatmatters.reporting.domain.Areas;
import care.whatmatters.reporting.domain.Dimension;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.reporting.persistence.Fact;
import care.whatmatters.reporting.persistence.FactRepository;
import care.whatmatters.reporting.persistence.ReportPeopleRepository;
import care.whatmatters.reporting.persistence.ReportPerson;
import care.whatmatters.shared.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Turns something that happened to a person into facts: one per period it falls in (month, quarter,
 * financial year), plus "received personalised care" when it is an intervention. A person's equity groups
 * are copied in as they are on the day, so later changes do not rewrite past counts.
 */
@Service
public class ReportingFacts {

    static final String NOT_RECORDED = care.whatmatters.reporting.domain.Groups.NOT_RECORDED;

    private final ReportPeopleRepository people;
    private final FactRepository facts;
    private final Areas areas;

    ReportingFacts(ReportPeopleRepository people, FactRepository facts, ReportingSettings settings) {
        this.people = people;
        this.facts = facts;
        this.areas = settings.areaMap();
    }

    /**
     * Counts a person for a measure on a day.
     *
     * @param detail       a sub-division of the measure (a budget's management mode), or "" for none
     * @param organisation the organisation that delivered it, if known
     */
    public void count(PersonId person, Measure measure, String detail, LocalDate on, UUID organisation) {
        people.find(person).ifPresent(who -> count(person, who, measure, detail, on, organisation));
    }

    /** Records a newly registered person's reporting details and counts them as registered, in one round trip. */
    void register(PersonId person, ReportPerson who, LocalDate on) {
        facts.insertNewWithPerson(person, who, factsFor(person, who, Measure.REGISTERED, "", on, null, areas));
    }

    /** Counts a person whose reporting details are at hand. */
    private void count(PersonId person, ReportPerson who, Measure measure, String detail, LocalDate on, UUID organisation) {
        if (!who.voided()) {
            facts.insertNew(factsFor(person, who, measure, detail, on, organisation, areas));
        }
    }

    /**
     * The facts one happening makes, before the unique key keeps the first per person, measure, detail and
     * period: the measure's total, its detail if any, and "received personalised care" for an intervention.
     */
    static List<Fact> factsFor(PersonId person, ReportPerson who, Measure measure, String detail, LocalDate on,
            UUID organisation, Areas areas) {
        List<Fact> counted = new ArrayList<>(facts(person, who, measure, "", on, organisation, areas));
        if (detail != null && !detail.isEmpty()) {
            // the measure's total counts the person once; the detail (a management mode) says how
            counted.addAll(facts(person, who, measure, detail, on, organisation, areas));
        }
        if (measure.isIntervention()) {
            counted.addAll(facts(person, who, Measure.PERSONALISED_CARE, "", on, organisation, areas));
        }
        return counted;
    }

    private static List<Fact> facts(PersonId person, ReportPerson who, Measure measure, String detail, LocalDate on,
            UUID organisation, Areas areas) {
        Map<AreaLevel, String> where = areasOf(who, organisation, areas);
        Map<Dimension, String> groups = groupsOf(who, on);
        List<ReportPeriod> periods = new ArrayList<>(ReportPeriod.allContaining(on));
        if (measure == Measure.REGISTERED) {
            periods.add(ReportPeriod.EVER); // the registered population, which rates are per
        }
        return periods.stream()
                .map(period -> new Fact(person.value(), measure.name(), detail == null ? "" : detail,
                        period.kind().name(), period.start(), on, where, groups, who.dataOptOut()))
                .toList();
    }

    private static Map<AreaLevel, String> areasOf(ReportPerson who, UUID organisation, Areas areas) {
        Map<AreaLevel, String> where = new EnumMap<>(AreaLevel.class);
        if (who.district() != null) {
            where.put(AreaLevel.DISTRICT, who.district());
            areas.of(who.district()).ifPresent(a -> {
                where.put(AreaLevel.PLACE, a.place());
                where.put(AreaLevel.ICS, a.ics());
            });
        }
        if (organisation != null) {
            where.put(AreaLevel.ORGANISATION, organisation.toString());
        }
        return where;
    }

    static Map<Dimension, String> groupsOf(ReportPerson who, LocalDate on) {
        Map<Dimension, String> groups = new EnumMap<>(Dimension.class);
        groups.put(Dimension.DEPRIVATION, who.deprivationDecile() == null ? NOT_RECORDED
                : String.valueOf(who.deprivationDecile()));
        groups.put(Dimension.ETHNICITY, who.ethnicGroup() == null ? NOT_RECORDED : who.ethnicGroup());
        groups.put(Dimension.AGE_BAND, AgeBand.on(who.birthMonth(), on));
        groups.put(Dimension.SEX, who.sex() == null ? NOT_RECORDED : who.sex());
        groups.put(Dimension.DISABILITY, who.disability() == null ? NOT_RECORDED : who.disability());
        groups.put(Dimension.DIGITAL, who.digitallyExcluded() == null ? "Not assessed"
                : who.digitallyExcluded() ? "Digitally excluded" : "Not excluded");
        return groups;
    }
}
