package care.whatmatters.outcome;

import care.whatmatters.outcome.domain.Collaborate;
import care.whatmatters.outcome.persistence.OutcomeResponseRepository;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A service's collaboRATE top-box score across its encounters: aggregate only, never a person's answers. */
@Service
public class CollaborateResults {

    private final OutcomeResponseRepository responses;

    CollaborateResults(OutcomeResponseRepository responses) {
        this.responses = responses;
    }

    /**
     * @param percentage the share of encounters rated top box, or empty when there are fewer than 25
     *                   responses (too few to report)
     */
    public record ServiceScore(String service, long responses, Optional<BigDecimal> percentage) {
    }

    public ServiceScore of(String service) {
        long[] counts = responses.collaborateCounts(service);
        return new ServiceScore(service, counts[0], Collaborate.servicePercentage(counts[1], counts[0]));
    }
}
