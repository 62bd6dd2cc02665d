package care.whatmatters.population;

import care.whatmatters.audit.BulkAuditChain;
import care.whatmatters.reporting.domain.Areas;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every person's history is generated against: the seed and the day, the synthetic organisation and
 * its care coordinators (one per {@link #PEOPLE_PER_PRACTITIONER} people), the demo account's practitioner
 * who also joins every care team (so load tests can open any loaded record), the audit chain being
 * extended, the reporting area map, the JSON mapper the modules read their snapshots with, and the numbering
 * of the dashboard's count cells that every chunk's counts share.
 */
record LoadContext(long seed, LocalDate today, Instant now, ZoneId zone, UUID organisation, String organisationName,
        List<UUID> coordinators, UUID sharedPractitioner, String sharedSignature, BulkAuditChain audit, Areas areas,
        JsonMapper json, CountFold.Names cells) {

    static final int PEOPLE_PER_PRACTITIONER = 500;

    UUID coordinator(long index, long firstIndex) {
        return coordinators.get((int) ((index - firstIndex) / PEOPLE_PER_PRACTITIONER));
    }

    static String coordinatorName(long index) {
        return "Synthetic care coordinator " + index;
    }
}
