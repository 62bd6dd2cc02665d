package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.OutcomeSettings;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outcome rules that are configuration rather than published fact (see docs/outcomes.md). */
@Configuration(proxyBeanMethods = false)
class OutcomeConfiguration {

    @Bean
    OutcomeSettings outcomeSettings(
            @Value("${whatmatters.outcome.wemwbs-meaningful-change:3}") BigDecimal wemwbs,
            @Value("${whatmatters.outcome.swemwbs-meaningful-change:3}") BigDecimal swemwbs,
            @Value("${whatmatters.outcome.mycaw-higher-is-worse:true}") boolean mycawHigherIsWorse,
            @Value("${whatmatters.outcome.mycaw-meaningful-change:#{null}}") BigDecimal mycaw) {
        return new OutcomeSettings(wemwbs, swemwbs, mycawHigherIsWorse, mycaw);
    }
}
