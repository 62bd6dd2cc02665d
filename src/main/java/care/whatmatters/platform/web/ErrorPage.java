package care.whatmatters.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers failures that never reached a controller (an unknown address, a request refused by a filter) in
 * the same two forms as {@link ErrorAnswers}: problem details under {@code /api}, a page elsewhere.
 */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpServletRequest original = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri == null ? super.getRequestURI() : uri.toString();
            }
        };
        return ErrorAnswers.answer(original, status, status.getReasonPhrase(), describe(status), Map.of());
    }

    private static String describe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. Check it was typed correctly.";
            case FORBIDDEN -> "Your account is not allowed to do this.";
            case UNAUTHORIZED -> "Sign in first.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "What was sent is too large.";
            default -> status.is4xxClientError() ? "The request could not be handled as sent."
                    : "Something went wrong on our side. Nothing was changed; please try again.";
        };
    }
}
