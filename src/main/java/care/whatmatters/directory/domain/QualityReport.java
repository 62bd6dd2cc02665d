package care.whatmatters.directory.domain;

import java.util.List;

/**
 * How complete and fresh a service's details are, and what an editor should fix first.
 *
 * @param completeness 0 to 100: the share of the weighted details that are filled in
 */
public record QualityReport(int completeness, Freshness freshness, List<String> toFix) {

    public boolean needsAttention() {
        return freshness.stale() || completeness < DataQuality.GOOD_COMPLETENESS;
    }
}
