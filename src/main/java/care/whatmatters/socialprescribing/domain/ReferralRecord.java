package care.whatmatters.socialprescribing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The social prescribing record a referral builds up: its history, what was agreed, the onward referrals and
 * the wellbeing measures. Changed only through {@link Referral}, which checks the rules.
 */
public final class ReferralRecord {

    private final List<ReferralEvent> events;
    private final List<OnwardReferral> onwardReferrals;
    private final List<WellbeingMeasure> measures;
    private String planSummary;
    private LocalDate followUpDue;
    private String declinedReason;

    public ReferralRecord(List<ReferralEvent> events, List<OnwardReferral> onwardReferrals,
            List<WellbeingMeasure> measures, String planSummary, LocalDate followUpDue, String declinedReason) {
        this.events = new ArrayList<>(events);
        this.onwardReferrals = new ArrayList<>(onwardReferrals);
        this.measures = new ArrayList<>(measures);
        this.planSummary = planSummary;
        this.followUpDue = followUpDue;
        this.declinedReason = declinedReason;
    }

    static ReferralRecord empty() {
        return new ReferralRecord(List.of(), List.of(), List.of(), null, null, null);
    }

    List<ReferralEvent> events() {
        return events;
    }

    List<OnwardReferral> onwardReferrals() {
        return onwardReferrals;
    }

    public List<WellbeingMeasure> measures() {
        return measures;
    }

    public List<ReferralEvent> allEvents() {
        return List.copyOf(events);
    }

    public List<OnwardReferral> allOnwardReferrals() {
        return List.copyOf(onwardReferrals);
    }

    Optional<OnwardReferral> onward(UUID id) {
        return onwardReferrals.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    void replace(OnwardReferral changed) {
        onwardReferrals.replaceAll(o -> o.id().equals(changed.id()) ? changed : o);
    }

    void agreePlan(String summary, LocalDate due) {
        this.planSummary = summary;
        this.followUpDue = due;
    }

    void declinedReason(String reason) {
        this.declinedReason = reason;
    }

    public String planSummary() {
        return planSummary;
    }

    public LocalDate followUpDue() {
        return followUpDue;
    }

    public String declinedReason() {
        return declinedReason;
    }

    /**
     * Wellbeing change for each measure taken at both baseline and follow-up: the first baseline against the
     * latest follow-up.
     */
    public List<WellbeingChange> wellbeingChanges() {
        Map<String, WellbeingMeasure> baselines = new LinkedHashMap<>();
        Map<String, WellbeingMeasure> followUps = new LinkedHashMap<>();
        for (WellbeingMeasure m : measures) {
            if (m.timing() == MeasureTiming.BASELINE) {
                baselines.putIfAbsent(m.measure(), m);
            } else {
                followUps.put(m.measure(), m);
            }
        }
        List<WellbeingChange> changes = new ArrayList<>();
        baselines.forEach((measure, before) -> {
            WellbeingMeasure after = followUps.get(measure);
            if (after != null) {
                changes.add(WellbeingChange.of(measure, before.score(), after.score()));
            }
        });
        return changes;
    }
}
