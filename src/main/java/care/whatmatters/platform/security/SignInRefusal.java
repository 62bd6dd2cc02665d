package care.whatmatters.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a request could not be signed in, decided once for every door (the sign-in page, the JSON API and FHIR);
 * each door then answers it in its own way. The words are fixed here, never an exception's text.
 */
enum SignInRefusal {

    /** The account could not be looked up (the database is out of reach): not the caller's fault. */
    UNAVAILABLE(503, "Signing in is not possible for a moment. Please try again in a minute.", "unavailable"),
    /** Locked by {@link LoginThrottle} after repeated failures. */
    LOCKED(401, LoginThrottle.LOCKED, "locked"),
    /** No credentials, or wrong ones: the door says how to sign in. */
    NOT_SIGNED_IN(401, null, "error");

    private final int status;
    private final String detail;
    private final String signInPageFlag;

    SignInRefusal(int status, String detail, String signInPageFlag) {
        this.status = status;
        this.detail = detail;
        this.signInPageFlag = signInPageFlag;
    }

    static SignInRefusal of(AuthenticationException e) {
        if (e instanceof InternalAuthenticationServiceException) {
            return UNAVAILABLE;
        }
        return e instanceof LockedException ? LOCKED : NOT_SIGNED_IN;
    }

    /** Where the sign-in page's form sends the browser back to: the page says what went wrong. */
    String signInPage() {
        return "/login?" + signInPageFlag;
    }

    int status() {
        return status;
    }

    /** What to tell the caller; {@code howToSignIn} is the door's own instructions, for a missing sign-in. */
    String detail(String howToSignIn) {
        return detail == null ? howToSignIn : detail;
    }

    /** Sets the status and the header the refusal needs: when to retry, or how to sign in to {@code realm}. */
    void prepare(HttpServletResponse response, String realm) {
        response.setStatus(status);
        if (this == UNAVAILABLE) {
            response.setHeader("Retry-After", "30");
        } else {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        }
    }
}
