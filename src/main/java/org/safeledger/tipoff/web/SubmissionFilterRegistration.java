package org.safeledger.tipoff.web;

import org.safeledger.platform.web.ProblemWriter;
import org.safeledger.tipoff.SubmissionLimit;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The submission limit runs before Spring Security (whose CSRF check would read the form's body first). */
@Configuration(proxyBeanMethods = false)
class SubmissionFilterRegistration {

    @Bean
    FilterRegistrationBean<SubmissionFilter> tipOffSubmissionLimit(
            SubmissionLimit limit, ProblemWriter problems, org.safeledger.tipoff.TipOffProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new SubmissionFilter(limit, problems, properties.maxPhotoBytes().toBytes()));
        registration.addUrlPatterns(SubmissionFilter.PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
