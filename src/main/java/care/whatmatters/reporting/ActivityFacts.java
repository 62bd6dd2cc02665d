package care.whatmatters.reporting;

import care.whatmatters.decision.SharedDecisionMade;
import care.whatmatters.outcome.WellbeingImproved;
import care.whatmatters.reporting.domain.Measure;
import care.whatmatters.reporting.persistence.ExtractSources;
import care.whatmatters.selfmanagement.SelfManagementSessionHeld;
import care.whatmatters.socialprescribing.ReferralClosed;
import care.whatmatters.socialprescribing.ReferralConnected;
import care.whatmatters.socialprescribing.ReferralMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Facts from shared decisions, social prescribing, supported self-management and outcomes, recorded in the same transaction as the
 * change (a plain {@link EventListener} runs inside the publisher's transaction). What each one counts is
 * defined once, in {@link Measure}; the referral's dates are also kept for the social prescribing extract.
 */
@Component
class ActivityFacts {

    private final ReportingFacts facts;
    private final FactsFromEvents context;
    private final ExtractSources sources;

    ActivityFacts(ReportingFacts facts, FactsFromEvents context, ExtractSources sources) {
        this.facts = facts;
        this.context = context;
        this.sources = sources;
    }

    @EventListener
    void on(SharedDecisionMade e) {
        facts.count(e.person(), Measure.SHARED_DECISION, "", context.day(e.at()),
                context.organisationOf(e.recordedBy()));
    }

    @EventListener
    void on(ReferralMade e) {
        var organisation = context.organisationOf(e.referredBy());
        facts.count(e.person(), Measure.SP_REFERRAL, "", context.day(e.at()), organisation);
        sources.referred(e.referral(), e.person(), e.source(), context.day(e.at()), organisation);
    }

    @EventListener
    void on(ReferralConnected e) {
        facts.count(e.person(), Measure.SP_CONNECTED, "", context.day(e.at()), context.organisationOf(e.linkWorker()));
        sources.connected(e.referral(), context.day(e.at()));
    }

    @EventListener
    void on(ReferralClosed e) {
        facts.count(e.person(), Measure.SP_CLOSED, "", context.day(e.at()), context.organisationOf(e.linkWorker()));
        sources.closed(e.referral(), context.day(e.at()), e.closedFrom(), e.wellbeingMeasure(), e.wellbeingChange());
    }

    @EventListener
    void on(SelfManagementSessionHeld e) {
        facts.count(e.person(), Measure.SELF_MANAGEMENT, e.kind(), e.heldOn(), context.organisationOf(e.recordedBy()));
    }

    @EventListener
    void on(WellbeingImproved e) {
        facts.count(e.person(), Measure.WELLBEING_IMPROVED, "", e.on(), null);
    }
}
