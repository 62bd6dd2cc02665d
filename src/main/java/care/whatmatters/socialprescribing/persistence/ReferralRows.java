package care.whatmatters.socialprescribing.persistence;

import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.shared.Stamp;
import care.whatmatters.socialprescribing.domain.LinkWorker;
import care.whatmatters.socialprescribing.domain.MeasureTiming;
import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.OnwardReferral;
import care.whatmatters.socialprescribing.domain.OnwardStatus;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralEvent;
import care.whatmatters.socialprescribing.domain.ReferralRecord;
import care.whatmatters.socialprescribing.domain.ReferralSource;
import care.whatmatters.socialprescribing.domain.ReferralStatus;
import care.whatmatters.socialprescribing.domain.Referrer;
import care.whatmatters.socialprescribing.domain.WellbeingMeasure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Maps referral rows (and their history, onward referrals and measures) to the domain. */
final class ReferralRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A referral with its history, each part of the history read for this referral alone: for one referral, or
     * lists that cross people (a link worker's caseload). One person's referrals are {@link #ofPerson}.
     */
    Referral referral(ResultSet rs, int row) throws SQLException {
        Unattached referral = unattached(rs, row);
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        return referral.with(events(person, referral.id()), onward(person, referral.id()),
                measures(person, referral.id()));
    }

    /**
     * A person's referrals with their history in four statements, whatever the number of referrals: the
     * referrals, then each part of their history for all of them at once, matched up by referral.
     */
    Query<List<Referral>> ofPerson(PersonId person) {
        UUID id = person.value();
        return Query.of(List.of(
                "select * from sp_referral where person_id = ? order by received_at desc",
                "select * from sp_referral_event where person_id = ? order by at, id",
                "select * from sp_onward_referral where person_id = ? order by sent_at, id",
                "select * from sp_wellbeing_measure where person_id = ? order by recorded_at, id"),
                List.of(id, id, id, id), results -> {
                    List<Unattached> referrals = results.next(this::unattached);
                    Map<UUID, List<ReferralEvent>> events = byReferral(results.next(ReferralRows::event));
                    Map<UUID, List<OnwardReferral>> onward = byReferral(results.next(ReferralRows::onward));
                    Map<UUID, List<WellbeingMeasure>> measures = byReferral(results.next(ReferralRows::measure));
                    return referrals.stream().map(r -> r.with(events.getOrDefault(r.id(), List.of()),
                            onward.getOrDefault(r.id(), List.of()), measures.getOrDefault(r.id(), List.of()))).toList();
                });
    }

    /** A referral row whose history is read separately; {@code with} makes the referral once it is. */
    record Unattached(UUID id, History history) {

        Referral with(List<ReferralEvent> events, List<OnwardReferral> onward, List<WellbeingMeasure> measures) {
            return history.attach(events, onward, measures);
        }
    }

    @FunctionalInterface
    interface History {
        Referral attach(List<ReferralEvent> events, List<OnwardReferral> onward, List<WellbeingMeasure> measures);
    }

    private Unattached unattached(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        UUID referrerPractitioner = rs.getObject("referrer_practitioner", UUID.class);
        UUID linkWorker = rs.getObject("link_worker_id", UUID.class);
        String needs = rs.getString("needs");
        String message = rs.getString("message_back");
        String planSummary = rs.getString("plan_summary");
        LocalDate followUpDue = rs.getObject("follow_up_due", LocalDate.class);
        String declinedReason = rs.getString("declined_reason");
        ReferralSource source = ReferralSource.valueOf(rs.getString("source"));
        Referrer referrer = new Referrer(rs.getString("referred_by"),
                referrerPractitioner == null ? null : new PractitionerId(referrerPractitioner),
                rs.getString("referrer_organisation"));
        String reasons = rs.getString("reasons");
        List<String> needList = needs == null || needs.isBlank() ? List.of() : Arrays.asList(needs.split(","));
        java.time.Instant received = rs.getTimestamp("received_at").toInstant();
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
        LinkWorker worker = linkWorker == null ? null
                : new LinkWorker(new PractitionerId(linkWorker), rs.getString("link_worker_name"));
        MessageBack messageBack = message == null ? null : json.readValue(message, MessageBack.class);
        long version = rs.getLong("version");
        Stamp updated = new Stamp(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
        return new Unattached(id, (events, onward, measures) -> new Referral(id, person, source, referrer, reasons,
                needList, received, status, worker,
                new ReferralRecord(events, onward, measures, planSummary, followUpDue, declinedReason), messageBack,
                version, updated));
    }

    private List<ReferralEvent> events(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_referral_event where person_id = ? and referral_id = ? order by at, id")
                .params(person.value(), referral).query((rs, n) -> event(rs, n).getValue()).list();
    }

    private List<OnwardReferral> onward(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_onward_referral where person_id = ? and referral_id = ? order by sent_at, id")
                .params(person.value(), referral).query((rs, n) -> onward(rs, n).getValue()).list();
    }

    private List<WellbeingMeasure> measures(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_wellbeing_measure where person_id = ? and referral_id = ? order by recorded_at, id")
                .params(person.value(), referral).query((rs, n) -> measure(rs, n).getValue()).list();
    }

    /** Each row below is answered with the referral it belongs to, so a person's rows can be matched up. */
    private static Map.Entry<UUID, ReferralEvent> event(ResultSet rs, int row) throws SQLException {
        return Map.entry(rs.getObject("referral_id", UUID.class), new ReferralEvent(rs.getObject("id", UUID.class),
                rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
                ReferralStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
                new Stamp(rs.getString("by_whom"), rs.getTimestamp("at").toInstant())));
    }

    private static Map.Entry<UUID, OnwardReferral> onward(ResultSet rs, int row) throws SQLException {
        return Map.entry(rs.getObject("referral_id", UUID.class), new OnwardReferral(rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getString("service_name"), rs.getString("organisation_name"),
                rs.getString("note"), OnwardStatus.valueOf(rs.getString("status")), rs.getString("answer_reason"),
                new Stamp(rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant()),
                rs.getTimestamp("answered_at") == null ? null
                        : new Stamp(rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant())));
    }

    private static Map.Entry<UUID, WellbeingMeasure> measure(ResultSet rs, int row) throws SQLException {
        return Map.entry(rs.getObject("referral_id", UUID.class), new WellbeingMeasure(rs.getObject("id", UUID.class),
                rs.getString("measure"), MeasureTiming.valueOf(rs.getString("timing")), rs.getBigDecimal("score"),
                rs.getString("detail"), rs.getObject("response_id", UUID.class),
                new Stamp(rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())));
    }

    /** The rows grouped by referral, each group in the order read. */
    private static <T> Map<UUID, List<T>> byReferral(List<Map.Entry<UUID, T>> rows) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        return grouped;
    }
}
