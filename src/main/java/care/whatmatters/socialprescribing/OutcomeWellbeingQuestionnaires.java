package care.whatmatters.socialprescribing;

import care.whatmatters.access.Actor;
import care.whatmatters.outcome.OutcomeRecords;
import care.whatmatters.outcome.domain.Answers;
import care.whatmatters.outcome.domain.Measure;
import care.whatmatters.outcome.domain.OutcomeResponse;
import care.whatmatters.shared.InvalidInputException;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A referral's wellbeing questionnaires are recorded where all outcome measures are: scored once, as
 * published, by the outcome module, and kept on the person's record, so the same answers show in the
 * person's wellbeing over time, in the referral, and in reports (code once, report everywhere).
 */
@Component
class OutcomeWellbeingQuestionnaires implements WellbeingQuestionnaires {

    private final OutcomeRecords outcomes;
    private final Clock clock;

    OutcomeWellbeingQuestionnaires(OutcomeRecords outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public Scored score(Actor actor, PersonId person, String measure, List<Integer> answers) {
        Measure which = switch (measure == null ? "" : measure.strip().toUpperCase(Locale.UK)) {
            case "SWEMWBS" -> Measure.SWEMWBS;
            case "ONS4" -> Measure.ONS4;
            default -> throw InvalidInputException.of("measure", "must be SWEMWBS or ONS4");
        };
        OutcomeResponse response = outcomes.record(actor, person, which, LocalDate.now(clock),
                new Answers.Items(answers));
        BigDecimal headline = response.scores().value(which == Measure.SWEMWBS ? "metric" : "lifeSatisfaction");
        String detail = response.scores().scores().stream()
                .map(l -> l.label() + " " + l.value().toPlainString() + (l.band() == null ? "" : " (" + l.band() + ")"))
                .collect(Collectors.joining(", "));
        return new Scored(headline, detail, response.id());
    }
}
