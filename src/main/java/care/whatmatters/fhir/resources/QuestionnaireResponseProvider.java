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
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.access.Actor;
import care.whatmatters.fhir.PatientCompartment;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.shared.PersonId;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;

/**
 * Outcome measure responses, read-only: read (voided ones too, as entered-in-error) and search by
 * subject/patient, _id, _lastUpdated and status.
 */
@Component
public class QuestionnaireResponseProvider implements IResourceProvider, PatientCompartment {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/questionnaire-answers-status";

    private final OutcomeRecords outcomes;

    QuestionnaireResponseProvider(OutcomeRecords outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        return byId(FhirActor.current(), FhirRefs.uuid(id, "QuestionnaireResponse"));
    }

    @Search
    public List<QuestionnaireResponse> search(
            @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) ReferenceParam subject,
            @OptionalParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @OptionalParam(name = QuestionnaireResponse.SP_STATUS) TokenParam status) {
        Actor actor = FhirActor.current();
        return new PatientSearch<>(person -> everything(actor, person), id -> byId(actor, id))
                .search(actor, subject, patient, new SearchFilter(ids, lastUpdated, status),
                        qr -> qr.getStatus().toCode(), STATUS_SYSTEM);
    }

    @Override
    public void ask(EverythingRequest request) {
        request.ask(RESPONSES, () -> outcomes.responsesQuery(request.grant()));
    }

    @Override
    public List<QuestionnaireResponse> everything(EverythingRequest request) {
        return toFhir(request.answer(RESPONSES));
    }

    /** The key under which {@code $everything} asks for the person's outcome responses. */
    private static final String RESPONSES = "outcome responses";

    private List<QuestionnaireResponse> everything(Actor actor, PersonId person) {
        return toFhir(outcomes.responses(actor, person));
    }

    private static List<QuestionnaireResponse> toFhir(List<OutcomeResponse> responses) {
        return responses.stream().map(QuestionnaireResponseMapper::toFhir).toList();
    }

    private QuestionnaireResponse byId(Actor actor, UUID id) {
        return QuestionnaireResponseMapper.toFhir(outcomes.one(actor, id));
    }
}
