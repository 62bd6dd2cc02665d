package care.whatmatters.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed; needed by accounts even when no web server runs (command-line tasks). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and able to verify any stronger scheme adopted later ({id}hash format).
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
