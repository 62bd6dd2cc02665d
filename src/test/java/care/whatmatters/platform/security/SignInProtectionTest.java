package care.whatmatters.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Remembering verified API credentials, and throttling password guessing. */
class SignInProtectionTest {

    /** A stand-in for the real password check: "right" is the only right password; it counts its calls. */
    static final class PasswordCheck implements AuthenticationProvider {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Authentication authenticate(Authentication attempt) {
            calls.incrementAndGet();
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_PRACTITIONER")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static Authentication attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void aRepeatedRightPasswordIsCheckedOnceWithinFiveMinutes() {
        PasswordCheck check = new PasswordCheck();
        TestClock clock = new TestClock();
        RememberedCredentials remembered = new RememberedCredentials(check, clock);

        for (int i = 0; i < 100; i++) {
            assertThat(remembered.authenticate(attempt("ot", "right")).isAuthenticated()).isTrue();
        }
        assertThat(check.calls).hasValue(1);

        clock.now = clock.now.plus(RememberedCredentials.VALID_FOR);
        remembered.authenticate(attempt("ot", "right"));
        assertThat(check.calls).as("checked again once the memory expired").hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        PasswordCheck check = new PasswordCheck();
        RememberedCredentials remembered = new RememberedCredentials(check, new TestClock());
        remembered.authenticate(attempt("ot", "right"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> remembered.authenticate(attempt("ot", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> remembered.authenticate(attempt("gp", "right!")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(check.calls).hasValue(5);
    }

    @Test
    void theSamePasswordForAnotherUsernameIsNotTakenAsRemembered() {
        PasswordCheck check = new PasswordCheck();
        RememberedCredentials remembered = new RememberedCredentials(check, new TestClock());
        remembered.authenticate(attempt("ot", "right"));
        remembered.authenticate(attempt("gp", "right"));
        assertThat(check.calls).hasValue(2);
    }

    @Test
    void tenFailuresLockTheUsernameEvenAgainstTheRightPasswordUntilTheWindowPasses() {
        PasswordCheck check = new PasswordCheck();
        TestClock clock = new TestClock();
        AuthenticationProvider throttle = new LoginThrottle(clock).around(check);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("ot", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> throttle.authenticate(attempt("OT", "right")))
                .isInstanceOf(LockedException.class).hasMessageContaining("Wait 15 minutes");
        assertThat(throttle.authenticate(attempt("gp", "right")).isAuthenticated())
                .as("other accounts are unaffected").isTrue();

        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(throttle.authenticate(attempt("ot", "right")).isAuthenticated()).isTrue();
    }

    @Test
    void signInsThatFailBecauseTheDatabaseIsOutOfReachDoNotLockTheAccount() {
        PasswordCheck check = new PasswordCheck();
        java.util.concurrent.atomic.AtomicBoolean databaseDown = new java.util.concurrent.atomic.AtomicBoolean(true);
        AuthenticationProvider flaky = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                if (databaseDown.get()) {
                    throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                            "the account could not be read");
                }
                return check.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        AuthenticationProvider throttle = new LoginThrottle(new TestClock()).around(flaky);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES * 3; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("gp", "right")))
                    .isInstanceOf(org.springframework.security.authentication.InternalAuthenticationServiceException.class);
        }

        databaseDown.set(false);
        assertThat(throttle.authenticate(attempt("gp", "right")).isAuthenticated())
                .as("an outage is not password guessing").isTrue();
    }

    @Test
    void aLockedAccountStaysLockedEvenForARememberedPassword() {
        PasswordCheck check = new PasswordCheck();
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        AuthenticationProvider api = throttle.around(new RememberedCredentials(check, clock));
        AuthenticationProvider browser = throttle.around(check);
        api.authenticate(attempt("ot", "right"));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> browser.authenticate(attempt("ot", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> api.authenticate(attempt("ot", "right"))).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        PasswordCheck check = new PasswordCheck();
        AuthenticationProvider throttle = new LoginThrottle(new TestClock()).around(check);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("ot", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        throttle.authenticate(attempt("ot", "right"));
        assertThatThrownBy(() -> throttle.authenticate(attempt("ot", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.authenticate(attempt("ot", "right")).isAuthenticated()).isTrue();
    }
}
