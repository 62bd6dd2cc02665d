package care.whatmatters.platform.web;

import care.whatmatters.access.RecordAccessDeniedException;
import care.whatmatters.shared.ConflictException;
import care.whatmatters.shared.IdempotencyKey;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.NotFoundException;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.shared.VersionPrecondition;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an answer a person understands: RFC 9457 problem details for the JSON API, an
 * error page for the browser. Never a stack trace; an unexpected failure is logged with an id the user can
 * quote, and the log line carries no personal data.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "Some of what was sent needs correcting",
                describe(e), Map.of("errors", errors));
    }

    @ExceptionHandler(StaleVersionException.class)
    Object stale(StaleVersionException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Changed by someone else", e.getMessage(),
                Map.of("currentVersion", e.currentVersion()));
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Not possible now", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    Object denied(RecordAccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "No access to this record", e.getMessage(),
                Map.of("breakGlassAvailable", e.breakGlassPossible()));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    Object forbidden(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "Not allowed", "Your account is not allowed to do this.",
                Map.of());
    }

    @ExceptionHandler(VersionPrecondition.MissingPreconditionException.class)
    Object noVersion(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.PRECONDITION_REQUIRED, "Say which version you started from",
                e.getMessage(), Map.of());
    }

    @ExceptionHandler(IdempotencyKey.MissingException.class)
    Object noIdempotencyKey(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.PRECONDITION_REQUIRED, "Send an Idempotency-Key", e.getMessage(), Map.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge) {
                return answer(request, HttpStatus.CONTENT_TOO_LARGE, "Too large",
                        "The request body is larger than 1 MB, which is more than any record needs.", Map.of());
            }
        }
        return answer(request, HttpStatus.BAD_REQUEST, "The request could not be read",
                "The request body is not valid JSON of the expected shape. Check for missing quotes, commas "
                        + "or brackets, and that numbers, dates and true/false values are written correctly.", Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return answer(request, HttpStatus.BAD_REQUEST, "A parameter is wrong",
                "'" + name + "' is missing or not in the expected form.", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON",
                "Send the request body as JSON with the header Content-Type: application/json.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "Not supported here",
                "This address does not accept " + e.getMethod() + " requests.", Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Page not found",
                "There is nothing at this address. Check it was typed correctly.", Map.of());
    }

    /**
     * The database cannot be reached: say so, promptly, and let the client try again later. Reached from
     * {@link #unexpected} whenever {@link DatabaseLoss} recognises the failure, however it is wrapped, so the
     * kinds of outage are listed in one place.
     */
    private Object databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getSimpleName());
        Object page = answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                "The records are out of reach for a moment, so nothing was read or changed. Please try again in a "
                        + "minute.", Map.of());
        if (page instanceof ResponseEntity<?> entity) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(entity.getBody());
        }
        return page;
    }

    /**
     * A controller read a field of the JSON body as the wrong kind of value (an object or array where text
     * or a number belongs): the client's mistake, found while reading the body, before anything was
     * written. Answered as an unreadable body, never as a fault of ours.
     */
    @ExceptionHandler(tools.jackson.databind.exc.JsonNodeException.class)
    Object wrongKindOfValue(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "The request could not be read",
                "A value in the request body is of the wrong kind: an object or a list where text, a number or "
                        + "a date belongs.", Map.of());
    }

    /**
     * Two requests changed the same thing at the same moment and the database kept its rules: a unique
     * index refused the second insert (two link workers taking one referral), or PostgreSQL broke a deadlock
     * or a serialization conflict. The losing transaction was rolled back whole, so nothing was written:
     * the client is told to reload and try again, as for a stale version.
     */
    @ExceptionHandler({org.springframework.dao.DuplicateKeyException.class,
        org.springframework.dao.ConcurrencyFailureException.class})
    Object changedAtTheSameTime(Exception e, HttpServletRequest request) {
        log.info("Concurrent change refused on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getClass().getSimpleName());
        return answer(request, HttpStatus.CONFLICT, "Changed at the same time",
                "Someone else changed this at the same moment, so nothing was changed. Reload it and try again.",
                Map.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseLoss.explains(e)) {
            // An outage, not a fault of ours: a pool that cannot connect, or a connection dropped
            // mid-transaction (a failed rollback, a wrapped SQL error).
            return databaseUnavailable(e, request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        // Exception messages can quote personal data (a database error names the values it refused), so
        // only the types and the stack frames are logged.
        log.error("Unexpected failure {} on {} {}", incident, request.getMethod(), request.getRequestURI(),
                LogSafe.withoutMessages(e));
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
                "Nothing was changed. Try again; if it keeps happening, quote reference " + incident + ".",
                Map.of("incident", incident));
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail,
            Map<String, Object> extra) {
        if (wantsJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            extra.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("status", status.value());
        extra.forEach(page::addObject);
        return page;
    }

    static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath() + "/v3/");
    }

    private static String describe(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field() + " " + p.message())
                .reduce((a, b) -> a + "; " + b).map(s -> s + ".").orElse(e.getMessage());
    }
}
