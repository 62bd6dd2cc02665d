package care.whatmatters.platform.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API ({@code /api/**}) takes HTTP Basic on every request and keeps no session; the
 * browser UI takes a form login with a session and CSRF tokens. Health, metrics, the OpenAPI description,
 * the login page and static files are open; everything else needs a signed-in account, and whose records
 * an account may open is decided by {@link care.whatmatters.access.RecordAccess}, not here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline script or style anywhere, no framing, forms post only to us. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    private static final String[] OPEN = {
        "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        // The Open Referral UK read API: open, as the standard expects; the directory holds no personal data.
        "/openreferral", "/openreferral/**"
    };

    /** The real password check: the account's stored hash. (Not a bean: each door wraps its own.) */
    private static DaoAuthenticationProvider passwordCheck(AccountDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return provider;
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AccountDetailsService accounts,
            PasswordEncoder passwords, LoginThrottle throttle, Clock clock) throws Exception {
        // Every API request carries its credentials; remember recently verified ones instead of re-hashing,
        // behind the throttle, so a locked account stays locked whatever was remembered.
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(
                        throttle.around(new RememberedCredentials(passwordCheck(accounts, passwords), clock))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/reports/**").hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is nothing to forge
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The FHIR API ({@code /fhir/**}): as the JSON API (HTTP Basic on every request, no session, no CSRF
     * because no cookies are accepted), with 401/403 as OperationOutcomes. The CapabilityStatement is open.
     */
    @Bean
    @Order(1)
    SecurityFilterChain fhir(HttpSecurity http, FhirProblemResponses problems, AccountDetailsService accounts,
            PasswordEncoder passwords, LoginThrottle throttle, Clock clock) throws Exception {
        http.securityMatcher("/fhir/**")
                .authenticationManager(new ProviderManager(
                        throttle.around(new RememberedCredentials(passwordCheck(accounts, passwords), clock))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AccountDetailsService accounts, PasswordEncoder passwords,
            LoginThrottle throttle) throws Exception {
        http.authenticationManager(new ProviderManager(throttle.around(passwordCheck(accounts, passwords))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/reports/**").hasAnyRole("ANALYST", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + SignInRefusal.of(e).signInPage())))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers
                        // The headers are fixed, so they are written before the page rather than when the
                        // response commits. Written late, Spring Security wraps the response and checks its
                        // length on every write; a page is thousands of small writes from the template, and
                        // that check took 14 % of the server's Java CPU under page load.
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
