package org.safeledger.identity;

import org.safeledger.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}) is stateless: HTTP Basic or a bearer
 * token on every request, no session, hence no CSRF; failures are problem+json. Pages use form login with a
 * session and CSRF protection. Both share the security headers, with a content security policy that allows only
 * this origin's scripts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to verify (and later upgrade) hashes of other encoders.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observations of the security filter chains: with them every filter of every request is wrapped in an
     * observation object, work the lifecycle benchmark showed in its profile. Request metrics
     * ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthentication passwords) {
        return new ProviderManager(passwords);
    }

    /** Before Spring Security: a flood of anonymous or unauthenticated requests is refused before any work. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<AnonymousRateLimit> anonymousRateLimit(
            @org.springframework.beans.factory.annotation.Value(
                            "${safeledger.security.anonymous-requests-per-minute:300}")
                    int perMinute,
            org.safeledger.platform.web.ProblemWriter problems) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new AnonymousRateLimit(perMinute, problems));
        registration.setOrder(
                org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties
                                .DEFAULT_FILTER_ORDER
                        - 1);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, ProblemResponses problems) throws Exception {
        var unauthorized = problems.unauthorized();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority(Permission.OPERATIONS_READ.code())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                // a stateless API needs neither sign-out, nor the request cache, nor servlet-API wrappers:
                // every filter left out is work no API request pays for
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts, AccountDetailsService details)
            throws Exception {
        http.addFilterAfter(new SessionAccountCheck(accounts, details), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAuthority(Permission.USER_ADMIN.code())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottledException ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
