package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Schedule;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where a search reads its services' opening times: the database, or the copy its candidates came from. */
public interface OpeningTimes {

    /** The opening times of each of these services that has any, each service's in the order of their ids. */
    Map<UUID, List<Schedule>> of(List<UUID> services);
}
