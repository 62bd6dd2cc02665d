package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import care.whatmatters.fhir.EverythingRequest;
import care.whatmatters.access.Actor;
import care.whatmatters.access.RecordAccess;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.person.PersonRegister;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.PersonId;
import care.whatmatters.team.CareTeams;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * A person's care team, read-only (its id is the person's id). Reading it is reading the record: the access
 * check and the audit ("care team") come first.
 */
@Component
public class CareTeamProvider implements IResourceProvider, PatientCompartment {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/care-team-status";

    private final RecordAccess access;
    private final CareTeams careTeams;
    private final PersonRegister register;

    CareTeamProvider(RecordAccess access, CareTeams careTeams, PersonRegister register) {
        this.access = access;
        this.careTeams = careTeams;
        this.register = register;
    }

    @Override
    public Class<CareTeam> getResourceType() {
        return CareTeam.class;
    }

    @Read
    public CareTeam read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "CareTeam"));
    }

    @Search
    public List<CareTeam> search(
            @OptionalParam(name = CareTeam.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = CareTeam.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = CareTeam.SP_STATUS) TokenParam status) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, subject, patient, new SearchFilter(ids, lastUpdated, status),
                        t -> t.getStatus().toCode(), STATUS_SYSTEM);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(MEMBERS, () -> careTeams.membersQuery(request.person()));
    }

    @Override
    public List<CareTeam> everything(EverythingRequest request) {
        return List.of(CareTeamMapper.toFhir(request.person(), request.answer(MEMBERS)));
    }

    /** The key under which {@code $everything} asks for the person's care team. */
    private static final String MEMBERS = "care team";

    private List<CareTeam> everything(Actor actor, PersonId person) {
        access.read(actor, person, "care team");
        return careTeam(person);
    }

    private List<CareTeam> careTeam(PersonId person) {
        return List.of(CareTeamMapper.toFhir(person, careTeams.members(person)));
    }

    private CareTeam byId(Actor actor, UUID id) {
        PersonId person = new PersonId(id);
        if (!register.exists(person)) {
            throw new NotFoundException("There is no CareTeam with that id.");
        }
        return everything(actor, person).get(0);
    }
}
