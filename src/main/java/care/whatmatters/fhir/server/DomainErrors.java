package care.whatmatters.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import care.whatmatters.access.RecordAccessDeniedException;
import care.whatmatters.fhir.ObservationReadings;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns the platform's exceptions into FHIR answers: an OperationOutcome with 404, 403, 422, 409 or 400, as
 * the JSON API answers them. Their messages are written for the caller and safe to return. Anything
 * unexpected is a 500 with an incident reference and no detail; the log holds the reference and the exception
 * type only, never its message (which can quote personal data).
 */
@Interceptor
class DomainErrors {

    private static final Logger log = LoggerFactory.getLogger(DomainErrors.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            BaseServerResponseException answer = answer(t);
            if (answer != null) {
                return answer;
            }
            if (t instanceof BaseServerResponseException hapi && !(hapi instanceof InternalErrorException)) {
                return hapi;
            }
        }
        String incident = UUID.randomUUID().toString();
        log.error("FHIR request failed unexpectedly: incident {} ({} at {})", incident,
                thrown.getClass().getName(), thrown.getStackTrace().length > 0 ? thrown.getStackTrace()[0] : "?");
        return new InternalErrorException("Something went wrong on our side. Incident reference " + incident + ".",
                outcome(IssueType.EXCEPTION, "Something went wrong on our side. Incident reference " + incident + ".",
                        null));
    }

    private static BaseServerResponseException answer(Throwable t) {
        return switch (t) {
            case NotFoundException e -> new ResourceNotFoundException(e.getMessage(),
                    outcome(IssueType.NOTFOUND, e.getMessage(), null));
            case RecordAccessDeniedException e -> new ForbiddenOperationException(e.getMessage(),
                    outcome(IssueType.FORBIDDEN, e.getMessage(), null));
            case AccessDeniedException e -> new ForbiddenOperationException("Your account is not allowed to do this.",
                    outcome(IssueType.FORBIDDEN, "Your account is not allowed to do this.", null));
            case InvalidInputException e -> invalid(e);
            case ConflictException e -> new ResourceVersionConflictException(e.getMessage(),
                    outcome(IssueType.CONFLICT, e.getMessage(), null));
            case ObservationReadings.NotFhirJson e -> new InvalidRequestException(e.getMessage(),
                    outcome(IssueType.STRUCTURE, e.getMessage(), null));
            case DataFormatException e -> new InvalidRequestException("The body is not valid FHIR R4 JSON.",
                    outcome(IssueType.STRUCTURE, "The body is not valid FHIR R4 JSON.", null));
            default -> null;
        };
    }

    private static UnprocessableEntityException invalid(InvalidInputException e) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldProblem p : e.problems()) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(p.field() + " " + p.message()).addExpression(p.field());
        }
        return new UnprocessableEntityException(e.getMessage(), outcome);
    }

    static OperationOutcome outcome(IssueType type, String message, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        var issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }
}
