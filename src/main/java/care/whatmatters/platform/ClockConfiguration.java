package care.whatmatters.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in UK time: "today" is the day in England, wherever the server runs. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
