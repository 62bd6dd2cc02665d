package care.whatmatters.population;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes one person's whole history into a chunk: the record, About Me, the care team, then (by chance,
 * in roughly the proportions a mature deployment would see) a plan, social prescribing, shared decisions,
 * questionnaires, readings and a budget; the audit entries of the practitioners who wrote them; and the
 * reporting read model.
 */
final class PersonHistory {

    static final String PRACTITIONER_ROLE = "PRACTITIONER";
    private static final List<String> MATTERS = List.of("Being able to get out and about on my own",
            "Seeing my grandchildren every week", "Going back to work", "Staying in my own home",
            "Singing in the community choir", "Sleeping through the night", "Getting to the allotment",
            "Cooking for my family again", "Feeling less lonely", "Managing my pain so I can walk the dog");

    private final LoadContext context;
    private final Chunk chunk;
    private final ReportRows reports;
    private final PlanRows plans;
    private final CareRows care;

    PersonHistory(LoadContext context, Chunk chunk) {
        this.context = context;
        this.chunk = chunk;
        this.reports = new ReportRows(chunk, context.areas(), context.cells());
        this.plans = new PlanRows(context, chunk, reports);
        this.care = new CareRows(context, chunk, reports);
    }

    void write(Someone p) {
        Demographics d = p.demographics();
        Instant at = p.registered();
        String by = p.coordinatorSignature();
        chunk.added(p.id());
        chunk.table("person").row(p.id(), d.nhsNumber().value(), d.givenName(), d.familyName(), d.dateOfBirth(),
                name(d.sex()), name(d.ethnicity()), d.postcode() == null ? null : d.postcode().value(),
                d.deprivationDecile(), d.preferredLanguage(), d.interpreterNeeded(), name(d.disability()),
                d.dataOptOut(), true, at, by, at, by);
        chunk.table("care_team_member").row(PopulationIds.at(at, p.random()), p.id(), p.coordinator(),
                "Care coordinator", true, at, by);
        if (context.sharedPractitioner() != null) {
            chunk.table("care_team_member").row(PopulationIds.at(at, p.random()), p.id(),
                    context.sharedPractitioner(), "GP", false, at, by);
        }
        audit(p, at, AuditAction.CREATE, "record");
        reports.person(p.id(), d);
        reports.count(Measure.REGISTERED, day(at), null);
        if (p.chance(0.7)) {
            Instant written = p.between(context.now(), 0.1);
            chunk.table("about_me_version").row(p.id(), 1, p.pick(MATTERS), "My family and my neighbours",
                    "Plain words, one thing at a time", "Some good days and some bad days", by, PRACTITIONER_ROLE,
                    false, written);
            audit(p, written, AuditAction.UPDATE, "about-me");
        }
        PlanRows.Plan plan = p.chance(0.6) ? plans.write(p, p.pick(MATTERS)) : null;
        care.write(p, plan);
        audit(p, p.between(context.now(), 0.95), AuditAction.READ, "record");
    }

    void audit(Someone p, Instant at, AuditAction action, String resource) {
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(PopulationIds.at(micros, p.random()), micros, new PersonId(p.id()),
                new AuditEntry.Actor(null, "synthetic", p.coordinatorSignature(), PRACTITIONER_ROLE), action,
                resource, true, AccessBasis.CARE_TEAM, null);
        chunk.audit(entry);
    }

    private LocalDate day(Instant at) {
        return at.atZone(context.zone()).toLocalDate();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
