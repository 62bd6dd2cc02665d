package care.whatmatters.socialprescribing;

import care.whatmatters.socialprescribing.domain.OnwardReferral;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralEvent;
import care.whatmatters.socialprescribing.domain.WellbeingChange;
import care.whatmatters.socialprescribing.domain.WellbeingMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral as the JSON API shows it, with the steps it can take next. */
public record ReferralView(UUID id, UUID personId, String status, String statusMeaning, List<String> allowedNext,
        String source, String referredBy, String reasons, List<String> needs, Instant receivedAt, String linkWorker,
        String planSummary, LocalDate followUpDue, String declinedReason, List<Onward> onwardReferrals,
        List<Measure> wellbeing, List<Change> wellbeingChange, List<Step> history, boolean messageBackSent,
        long version) {

    public static ReferralView of(Referral r) {
        return new ReferralView(r.id(), r.person().value(), r.status().name(), r.status().meaning(),
                r.status().next().stream().map(Enum::name).toList(), r.source().name(), r.referrer().signature(),
                r.reasons(), r.needs(), r.receivedAt(), r.linkWorker() == null ? null : r.linkWorker().name(),
                r.record().planSummary(), r.record().followUpDue(), r.record().declinedReason(),
                r.onwardReferrals().stream().map(Onward::of).toList(),
                r.record().measures().stream().map(Measure::of).toList(),
                r.record().wellbeingChanges().stream().map(Change::of).toList(),
                r.history().stream().map(Step::of).toList(), r.messageBack() != null, r.version());
    }

    public record Onward(UUID id, UUID serviceId, String service, String organisation, String status, String reason) {
        static Onward of(OnwardReferral o) {
            return new Onward(o.id(), o.serviceId(), o.serviceName(), o.organisationName(), o.status().name(),
                    o.answerReason());
        }
    }

    public record Measure(String measure, String timing, BigDecimal score, String detail, Instant at) {
        static Measure of(WellbeingMeasure m) {
            return new Measure(m.measure(), m.timing().name(), m.score(), m.detail(), m.recorded().at());
        }
    }

    public record Change(String measure, BigDecimal baseline, BigDecimal followUp, BigDecimal change) {
        static Change of(WellbeingChange c) {
            return new Change(c.measure(), c.baseline(), c.followUp(), c.change());
        }
    }

    public record Step(String from, String to, String note, String by, Instant at) {
        static Step of(ReferralEvent e) {
            return new Step(e.from() == null ? null : e.from().name(), e.to().name(), e.note(), e.at().by(), e.at().at());
        }
    }
}
