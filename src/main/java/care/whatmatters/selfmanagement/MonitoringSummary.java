package care.whatmatters.selfmanagement;

import care.whatmatters.outcome.Chart;
import care.whatmatters.selfmanagement.domain.MonitoringTarget;
import care.whatmatters.selfmanagement.domain.Reading;
import care.whatmatters.selfmanagement.domain.ReadingKind;
import care.whatmatters.selfmanagement.domain.SourceConsent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sources consented to, and each kind of reading as a trend against its target. */
public record MonitoringSummary(List<SourceConsent> consents, List<ReadingTrend> trends) {

    /**
     * One kind of reading over time. {@code met} counts the readings that met the target (of {@code size}).
     */
    public record ReadingTrend(ReadingKind kind, List<Reading> readings, Optional<MonitoringTarget> target,
            Chart chart, long met) {

        public int size() {
            return readings.size();
        }

        /** The same values as the chart, for the table beside it: {@code date, value}. */
        public List<Chart.Value> values() {
            return readings.stream().map(r -> new Chart.Value(r.effectiveAt().atZone(ZoneId.of("Europe/London"))
                    .toLocalDate(), r.value())).toList();
        }
    }

    static MonitoringSummary of(List<SourceConsent> consents, List<Reading> readings, List<MonitoringTarget> targets) {
        List<ReadingTrend> trends = new ArrayList<>();
        for (ReadingKind kind : ReadingKind.values()) {
            List<Reading> ofKind = readings.stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Optional<MonitoringTarget> target = targets.stream().filter(t -> t.kind() == kind).findFirst();
            List<Chart.Value> values = ofKind.stream().map(r -> new Chart.Value(
                    r.effectiveAt().atZone(ZoneId.of("Europe/London")).toLocalDate(), r.value())).toList();
            double max = values.stream().mapToDouble(v -> v.value().doubleValue()).max().orElse(1);
            max = Math.max(1, Math.max(max, target.map(t -> t.value().doubleValue()).orElse(0.0)) * 1.1);
            Chart chart = Chart.of(values, 0, Math.ceil(max), target.map(MonitoringTarget::value).orElse(null));
            long met = target.map(t -> ofKind.stream().filter(r -> t.met(r.value())).count()).orElse(0L);
            trends.add(new ReadingTrend(kind, ofKind, target, chart, met));
        }
        return new MonitoringSummary(consents, trends);
    }

    public List<SourceConsent> active() {
        return consents.stream().filter(SourceConsent::active).toList();
    }
}
