package care.whatmatters.directory.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import did, record by record: nothing is changed that is not listed here.
 *
 * @param id null when the import was refused as a whole (nothing changed)
 */
public record ImportReport(UUID id, String source, List<Line> lines) {

    /**
     * One record of the feed.
     *
     * @param index        its position in the feed, from 0
     * @param duplicateOf  for MERGED, the service it was merged into; for a flagged record, the likely duplicate
     * @param reason       for REJECTED, what is wrong, field by field
     */
    public record Line(int index, UUID serviceId, String name, ImportOutcome outcome, UUID duplicateOf,
            boolean flagged, String reason) {
    }

    public long count(ImportOutcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public long flagged() {
        return lines.stream().filter(Line::flagged).count();
    }

    public int received() {
        return lines.size();
    }
}
