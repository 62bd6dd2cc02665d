package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.Areas;
import care.whatmatters.reporting.domain.EquityGap;
import care.whatmatters.reporting.domain.Measure;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting's configuration ({@code whatmatters.reporting.*} in application.yml). Targets are configuration,
 * never constants: the sources disagree (75,000 or 300,000 clinicians trained), and each deployment
 * carries its own share of the national ambitions.
 *
 * @param targets       national ambitions per measure, per financial year
 * @param workforceTarget practitioners to be trained in personalised care
 * @param localShare    the fraction of the national targets this deployment answers for
 * @param suppressBelow counts from 1 to {@code suppressBelow - 1} are suppressed
 * @param equityRatio   a group whose rate is below this fraction of the overall rate is flagged
 * @param equityMinimumGroup the fewest registered people a group needs before its rate is compared
 * @param areas         postcode district prefixes and the place and integrated care system they belong to
 */
@ConfigurationProperties("whatmatters.reporting")
public record ReportingSettings(Map<Measure, Long> targets, long workforceTarget, double localShare,
        int suppressBelow, double equityRatio, long equityMinimumGroup, List<Areas.Area> areas) {

    public Areas areaMap() {
        return new Areas(areas == null ? List.of() : areas);
    }

    public EquityGap equityGap() {
        return new EquityGap(equityRatio, equityMinimumGroup);
    }

    /** This deployment's share of a national target, or null when the measure has none. */
    public Long localTarget(Measure measure) {
        Long national = targets == null ? null : targets.get(measure);
        return national == null ? null : Math.round(national * localShare);
    }
}
