package care.whatmatters.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The FHIR door's 401 and 403, as FHIR OperationOutcomes (written as text: HAPI types stay in the fhir
 * module). The messages are fixed, never an exception's text.
 */
@Component
class FhirProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        SignInRefusal refusal = SignInRefusal.of(e);
        refusal.prepare(response, "WhatMatters FHIR");
        write(response, refusal.status(), refusal == SignInRefusal.UNAVAILABLE ? "transient" : "login",
                refusal.detail("Sign in to use the FHIR API: send your account's username and password with HTTP Basic."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "Your account is not allowed to do this.");
    }

    private static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"" + code + "\",\"diagnostics\":\"" + message + "\"}]}");
    }
}
