package care.whatmatters.socialprescribing.persistence;

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
import java.util.Arrays;
import java.util.List;
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

    Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
        UUID referrerPractitioner = rs.getObject("referrer_practitioner", UUID.class);
        UUID linkWorker = rs.getObject("link_worker_id", UUID.class);
        String needs = rs.getString("needs");
        String message = rs.getString("message_back");
        ReferralRecord record = new ReferralRecord(events(person, id), onward(person, id), measures(person, id),
                rs.getString("plan_summary"), rs.getObject("follow_up_due", LocalDate.class),
                rs.getString("declined_reason"));
        return new Referral(id, person, ReferralSource.valueOf(rs.getString("source")),
                new Referrer(rs.getString("referred_by"),
                        referrerPractitioner == null ? null : new PractitionerId(referrerPractitioner),
                        rs.getString("referrer_organisation")),
                rs.getString("reasons"), needs == null || needs.isBlank() ? List.of() : Arrays.asList(needs.split(",")),
                rs.getTimestamp("received_at").toInstant(), ReferralStatus.valueOf(rs.getString("status")),
                linkWorker == null ? null : new LinkWorker(new PractitionerId(linkWorker), rs.getString("link_worker_name")),
                record, message == null ? null : json.readValue(message, MessageBack.class), rs.getLong("version"),
                new Stamp(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()));
    }

    private List<ReferralEvent> events(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_referral_event where person_id = ? and referral_id = ? order by at, id")
                .params(person.value(), referral)
                .query((rs, n) -> new ReferralEvent(rs.getObject("id", UUID.class),
                        rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
                        ReferralStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
                        new Stamp(rs.getString("by_whom"), rs.getTimestamp("at").toInstant())))
                .list();
    }

    private List<OnwardReferral> onward(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_onward_referral where person_id = ? and referral_id = ? order by sent_at, id")
                .params(person.value(), referral)
                .query((rs, n) -> new OnwardReferral(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
                        rs.getString("service_name"), rs.getString("organisation_name"), rs.getString("note"),
                        OnwardStatus.valueOf(rs.getString("status")), rs.getString("answer_reason"),
                        new Stamp(rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant()),
                        rs.getTimestamp("answered_at") == null ? null
                                : new Stamp(rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant())))
                .list();
    }

    private List<WellbeingMeasure> measures(PersonId person, UUID referral) {
        return jdbc.sql("select * from sp_wellbeing_measure where person_id = ? and referral_id = ? order by recorded_at, id")
                .params(person.value(), referral)
                .query((rs, n) -> new WellbeingMeasure(rs.getObject("id", UUID.class), rs.getString("measure"),
                        MeasureTiming.valueOf(rs.getString("timing")), rs.getBigDecimal("score"), rs.getString("detail"),
                        rs.getObject("response_id", UUID.class),
                        new Stamp(rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())))
                .list();
    }
}
