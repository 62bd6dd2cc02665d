package care.whatmatters.directory.persistence;

import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.WeekdayRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The opening times of a set of services, in one query, for "open now" and for showing them. */
@Repository
public class ScheduleLookup implements OpeningTimes {

    private final JdbcClient jdbc;

    ScheduleLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<Schedule>> of(List<UUID> services) {
        if (services.isEmpty()) {
            return new HashMap<>();
        }
        return byService(jdbc.sql("select * from directory_schedule where service_id in (:ids) order by id")
                .param("ids", services));
    }

    /** The opening times of every service that has a searchable place: what a node's copy of the places holds. */
    public Map<UUID, List<Schedule>> ofEveryServiceWithAPlace() {
        return byService(jdbc.sql("""
                select * from directory_schedule
                where service_id in (select service_id from directory_search_place) order by id"""));
    }

    private static Map<UUID, List<Schedule>> byService(JdbcClient.StatementSpec query) {
        Map<UUID, List<Schedule>> byService = new HashMap<>();
        query.query((RowCallbackHandler) rs -> byService
                .computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>()).add(schedule(rs)));
        return byService;
    }

    static Schedule schedule(ResultSet rs) throws SQLException {
        String freq = rs.getString("freq");
        String monthDays = rs.getString("bymonthday");
        return new Schedule(rs.getObject("id", UUID.class), freq == null ? null : Schedule.Frequency.valueOf(freq),
                ServiceReader.integer(rs, "interval"), WeekdayRule.parseAll("byday", rs.getString("byday")),
                monthDays == null || monthDays.isBlank() ? List.of()
                        : Arrays.stream(monthDays.split(",")).map(Integer::parseInt).toList(),
                rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("description"));
    }
}
