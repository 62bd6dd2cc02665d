package care.whatmatters.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers HTTP Basic credentials that were verified recently, so the API does not pay for a deliberately
 * slow password hash (bcrypt, tens of milliseconds) on every request. A request presenting the same
 * username and password within {@link #VALID_FOR} is accepted without re-hashing; anything else goes to
 * the real check. Credentials are remembered only as an HMAC under a key that exists only in this
 * process's memory, never as the password, and the store is bounded.
 */
final class RememberedCredentials implements AuthenticationProvider {

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationProvider check;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {
    }

    RememberedCredentials(AuthenticationProvider check, Clock clock) {
        this.check = check;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof String password)) {
            return check.authenticate(attempt);
        }
        String fingerprint = fingerprint(attempt.getName(), password);
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication verified = check.authenticate(attempt);
        if (verified != null && verified.isAuthenticated()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.values().removeIf(r -> !now.isBefore(r.until()));
                if (remembered.size() >= MAX_REMEMBERED) {
                    remembered.clear();
                }
            }
            remembered.put(fingerprint, new Remembered(verified, now.plus(VALID_FOR)));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
