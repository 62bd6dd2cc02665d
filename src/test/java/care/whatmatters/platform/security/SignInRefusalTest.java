package care.whatmatters.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;

class SignInRefusalTest {

    @Test
    void aDatabaseOutOfReachIsAMomentsOutageNotTheCallersFault() {
        SignInRefusal refusal = SignInRefusal.of(new InternalAuthenticationServiceException("no connection"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        refusal.prepare(response, "WhatMatters");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(refusal.detail("how")).contains("not possible for a moment").doesNotContain("no connection");
        assertThat(refusal.signInPage()).isEqualTo("/login?unavailable");
    }

    @Test
    void aLockedAccountIsToldWhenToTryAgainWithTheFixedWords() {
        SignInRefusal refusal = SignInRefusal.of(new LockedException("anything at all"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        refusal.prepare(response, "WhatMatters FHIR");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"WhatMatters FHIR\"");
        assertThat(refusal.detail("how")).isEqualTo(LoginThrottle.LOCKED);
        assertThat(refusal.signInPage()).isEqualTo("/login?locked");
    }

    @Test
    void wrongOrMissingCredentialsGetTheDoorsOwnInstructions() {
        SignInRefusal refusal = SignInRefusal.of(new BadCredentialsException("Bad credentials"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        refusal.prepare(response, "WhatMatters");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(refusal.detail("Send your username and password")).isEqualTo("Send your username and password");
        assertThat(refusal.signInPage()).isEqualTo("/login?error");
    }
}
