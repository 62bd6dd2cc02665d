package care.whatmatters.reporting;

import care.whatmatters.careplan.PlanAgreed;
import care.whatmatters.person.DigitalInclusionRecorded;
import care.whatmatters.person.PersonDetailsChanged;
import care.whatmatters.person.PersonRegistered;
import care.whatmatters.person.PersonVoided;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.persistence.ReportPeopleRepository;
import care.whatmatters.reporting.persistence.ReportPerson;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.team.CareTeams;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to what happens in the other modules and records it for reporting, in the same transaction as
 * the change itself: a count can neither be lost nor precede what it counts.
 */
@Component
class FactsFromEvents {

    private final ReportPeopleRepository people;
    private final ReportingFacts facts;
    private final CareTeams careTeams;
    private final Clock clock;

    FactsFromEvents(ReportPeopleRepository people, ReportingFacts facts, CareTeams careTeams, Clock clock) {
        this.people = people;
        this.facts = facts;
        this.careTeams = careTeams;
        this.clock = clock;
    }

    @EventListener
    void on(PersonRegistered e) {
        facts.register(e.person(), projection(e.demographics(), e.synthetic()), day(e.at()));
    }

    @EventListener
    void on(PersonDetailsChanged e) {
        boolean synthetic = people.find(e.person()).map(ReportPerson::synthetic).orElse(false);
        people.save(e.person(), projection(e.demographics(), synthetic));
    }

    @EventListener
    void on(DigitalInclusionRecorded e) {
        people.digitalInclusion(e.person(), e.digitallyExcluded());
    }

    /** A voided record (a duplicate, say) is taken back out of every count by the aggregator. */
    @EventListener
    void on(PersonVoided e) {
        people.markVoided(e.person(), clock.instant());
    }

    @EventListener
    void on(PlanAgreed e) {
        facts.count(e.person(), Measure.PCSP_AGREED, "", day(e.at()), organisationOf(e.recordedBy()));
    }

    /** The organisation a practitioner delivers care for, to count activity by organisation. */
    UUID organisationOf(PractitionerId practitioner) {
        return practitioner == null ? null : careTeams.organisationOf(practitioner).orElse(null);
    }

    LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    private static ReportPerson projection(Demographics d, boolean synthetic) {
        return new ReportPerson(
                d.postcode() == null ? null : d.postcode().outward(),
                d.deprivationDecile(),
                d.ethnicity() == null ? null : d.ethnicity().heading(),
                d.dateOfBirth().withDayOfMonth(1),
                d.sex() == null ? null : d.sex().label(),
                d.disability() == null ? null : d.disability().disabled() ? "Disabled"
                        : d.disability().name().equals("NOT_STATED") ? "Not stated" : "Not disabled",
                null, d.dataOptOut(), synthetic, false);
    }
}
