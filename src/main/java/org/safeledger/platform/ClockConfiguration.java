package org.safeledger.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All time comes from this clock (architecture.md), so that tests and the demo can control it: the system clock,
 * which a demonstration may move forward ({@link ApplicationClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ApplicationClock clock(DemoMode demo) {
        return new ApplicationClock(Clock.systemUTC(), demo.enabled());
    }
}
