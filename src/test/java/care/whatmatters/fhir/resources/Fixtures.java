package care.whatmatters.fhir.resources;

import care.whatmatters.audit.AccessBasis;
import care.whatmatters.audit.AuditAction;
import care.whatmatters.audit.AuditEntry;
import care.whatmatters.directory.domain.Accessibility;
import care.whatmatters.directory.domain.Address;
import care.whatmatters.directory.domain.Capacity;
import care.whatmatters.directory.domain.CapacityStatus;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DirectoryOrganisation;
import care.whatmatters.directory.domain.Eligibility;
import care.whatmatters.directory.domain.GeoPoint;
import care.whatmatters.directory.domain.Language;
import care.whatmatters.directory.domain.LocationType;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceInfo;
import care.whatmatters.directory.domain.ServiceLocation;
import care.whatmatters.directory.domain.ServiceStatus;
import care.whatmatters.directory.domain.TaxonomyTerm;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.outcome.domain.Scoring;
import care.whatmatters.person.domain.Demographics;
import care.whatmatters.person.domain.Person;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import care.whatmatters.shared.Money;
import care.whatmatters.shared.NhsNumber;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.shared.Voiding;
import care.whatmatters.socialprescribing.domain.Coding;
import care.whatmatters.socialprescribing.domain.LinkWorker;
import care.whatmatters.socialprescribing.domain.OnwardReferral;
import care.whatmatters.socialprescribing.domain.OnwardStatus;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralEvent;
import care.whatmatters.socialprescribing.domain.ReferralRecord;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import care.whatmatters.socialprescribing.domain.Referrer;
import care.whatmatters.team.CareTeamMember;
import care.whatmatters.team.Practitioner;
import care.whatmatters.team.Profession;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Domain values to map: a person with a referral at each step, responses, consents, a service, a team, a log. */
final class Fixtures {

    static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");
    static final PersonId PERSON = new PersonId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
    static final PractitionerId GP = new PractitionerId(UUID.fromString("01900000-0000-7000-8000-000000000002"));
    static final PractitionerId LINK_WORKER =
            new PractitionerId(UUID.fromString("01900000-0000-7000-8000-000000000003"));
    static final UUID ONWARD = UUID.fromString("01900000-0000-7000-8000-000000000004");
    static final UUID SERVICE = UUID.fromString("01900000-0000-7000-8000-000000000005");
    static final Coding REFERRAL_CODE = new Coding(Coding.SNOMED_CT, "871731000000106",
            "Referral to social prescribing service", true, null);
    static final Stamp BY_GP = new Stamp("Dr Priya Shah, GP", AT);

    private Fixtures() {
    }

    static Referral received() {
        return Referral.receive(PERSON, ReferralSource.GP, new Referrer("Dr Priya Shah, GP", GP, "Aire Valley PCN"),
                "Lonely since moving to university", List.of("loneliness", "getting out"), BY_GP);
    }

    /** A referral taken by the link worker and moved to the given step (DECLINED and CLOSED as stored). */
    static Referral at(ReferralStatus status, boolean declined) {
        Referral r = received();
        List<ReferralEvent> events = new java.util.ArrayList<>(r.history());
        events.add(new ReferralEvent(UUID.randomUUID(), ReferralStatus.RECEIVED, status, "moved on",
                new Stamp("Jordan Ellis, Social prescribing link worker", AT.plusSeconds(3600))));
        boolean connected = status.compareTo(ReferralStatus.CONNECTED) >= 0 && !declined;
        List<OnwardReferral> onward = connected ? List.of(new OnwardReferral(ONWARD, SERVICE, "Wednesday walking group",
                "Aire Valley Walking Partnership", "Prefers mornings", OnwardStatus.ACCEPTED, null,
                new Stamp("Jordan Ellis, Social prescribing link worker", AT.plusSeconds(1800)),
                new Stamp("Jordan Ellis, Social prescribing link worker", AT.plusSeconds(2400)))) : List.of();
        ReferralRecord record = new ReferralRecord(events, onward, List.of(), declined ? null : "Join a walking group",
                null, declined ? "Not ready yet" : null);
        return new Referral(r.id(), PERSON, r.source(), r.referrer(), r.reasons(), r.needs(), r.receivedAt(), status,
                new LinkWorker(LINK_WORKER, "Jordan Ellis"), record, null, 4,
                new Stamp("Jordan Ellis, Social prescribing link worker", AT.plusSeconds(3600)));
    }

    static OutcomeResponse ons4(boolean voided) {
        Answers answers = new Answers.Items(List.of(7, 8, 6, 3));
        return new OutcomeResponse(UUID.randomUUID(), PERSON, Measure.ONS4, LocalDate.of(2026, 3, 1), answers,
                Scoring.score(Measure.ONS4, answers), true, null, new Stamp("Dylan Roberts", AT),
                voided ? new Voiding("Sam Okafor, Occupational therapist", AT.plusSeconds(60), "Wrong person") : null);
    }

    static OutcomeResponse of(Measure measure, Answers answers) {
        return new OutcomeResponse(UUID.randomUUID(), PERSON, measure, LocalDate.of(2026, 3, 1), answers,
                Scoring.score(measure, answers), false, UUID.randomUUID(), BY_GP, null);
    }

    static SourceConsent consent(boolean withdrawn) {
        SourceConsent c = SourceConsent.of(UUID.randomUUID(), PERSON, "https://example.org/steps-app", "Steps app",
                true, new Stamp("Dylan Roberts", AT));
        return withdrawn ? new SourceConsent(c.id(), PERSON, c.source(), c.name(), true, c.given(),
                new Stamp("Dylan Roberts", AT.plusSeconds(86400))) : c;
    }

    static Person optedOut() {
        Demographics d = new Demographics(new NhsNumber("9990000018"), "Dylan", "Roberts", LocalDate.of(2007, 5, 4),
                null, null, null, null, null, null, false, null, null, true);
        return new Person(PERSON, d, BY_GP, new Stamp("Dylan Roberts", AT.plusSeconds(10)), null);
    }

    static CommunityService service() {
        ServiceLocation place = new ServiceLocation(UUID.randomUUID(), UUID.randomUUID(), LocationType.PHYSICAL,
                "Keighley Library", "Meet at the front desk", new GeoPoint(53.867, -1.906),
                new Address(UUID.randomUUID(), "North Street", "Keighley", "West Yorkshire", "BD21 3SX", "GB"),
                List.of(new Accessibility(UUID.randomUUID(), "Step-free access", "Ramp at the side door")));
        return new CommunityService(UUID.randomUUID(), new DirectoryOrganisation(UUID.randomUUID(),
                "Aire Valley Walking Partnership", null, null, null), "Wednesday walking group",
                new ServiceInfo("Gentle walks for all abilities", "https://example.org/walks", "walks@example.org",
                        "Free", null, null),
                ServiceStatus.ACTIVE, new Eligibility(16, null, "Anyone who can walk for 30 minutes"), null,
                new Capacity(CapacityStatus.WAITING_LIST, 3), Money.ofPence(350), List.of(place),
                List.of(Schedule.weekly(UUID.randomUUID(), List.of(DayOfWeek.WEDNESDAY), LocalTime.of(10, 0),
                        LocalTime.of(11, 30))), List.of(), List.of(new Language(UUID.randomUUID(), "English", "en")),
                List.of(new TaxonomyTerm(UUID.randomUUID(), "Physical activity", null, UUID.randomUUID(), "local",
                        null)), AT);
    }

    static ServiceLocation virtualPlace() {
        return new ServiceLocation(UUID.randomUUID(), UUID.randomUUID(), LocationType.VIRTUAL, "Online", null, null,
                null, List.of());
    }

    static List<CareTeamMember> team() {
        return List.of(
                new CareTeamMember(UUID.randomUUID(), PERSON, new Practitioner(GP, "Dr Priya Shah", Profession.GP,
                        "Aire Valley PCN"), "GP", true, AT),
                new CareTeamMember(UUID.randomUUID(), PERSON, new Practitioner(LINK_WORKER, "Jordan Ellis",
                        Profession.LINK_WORKER, null), null, false, AT.plusSeconds(7200)));
    }

    static AuditEntry entry(AuditAction action, boolean allowed, AccessBasis basis, String reason) {
        return new AuditEntry(UUID.randomUUID(), AT, PERSON, new AuditEntry.Actor(UUID.randomUUID(), "ot",
                "Sam Okafor", "Occupational therapist"), action, "plan", allowed, basis, reason);
    }
}
