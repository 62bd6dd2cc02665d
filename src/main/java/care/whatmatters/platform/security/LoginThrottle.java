package care.whatmatters.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, that username is refused for the rest of the window, even with the right password
 * (remembered or not), so a guesser cannot tell when they have found it. One count is shared by the
 * browser and API sign-ins ({@link #around}). Counted in this process's memory: behind a load balancer
 * each node counts its own attempts (documented in docs/security.md).
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Said to whoever tries a locked account, through every door. */
    static final String LOCKED = "Too many failed sign-in attempts for this account. Wait 15 minutes and try again, "
            + "or ask an administrator.";

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** A sign-in check that is refused while its username is locked, and counts its failures here. */
    AuthenticationProvider around(AuthenticationProvider check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                return LoginThrottle.this.authenticate(check, attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return check.supports(authentication);
            }
        };
    }

    private Authentication authenticate(AuthenticationProvider check, Authentication attempt) {
        String username = attempt.getName().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        if (recentFailures(username, now) >= MAX_FAILURES) {
            throw new LockedException(LOCKED);
        }
        try {
            Authentication result = check.authenticate(attempt);
            failures.remove(username);
            return result;
        } catch (BadCredentialsException e) {
            // Only a wrong password counts (an unknown username looks the same): a sign-in that failed because the
            // database was out of reach says nothing about guessing, and must not lock the account.
            Deque<Instant> times = failures.computeIfAbsent(username, u -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
            throw e;
        }
    }

    private int recentFailures(String username, Instant now) {
        Deque<Instant> times = failures.get(username);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }
}
