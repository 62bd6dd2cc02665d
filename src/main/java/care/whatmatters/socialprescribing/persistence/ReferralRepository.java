package care.whatmatters.socialprescribing.persistence;

import care.whatmatters.query.Queries;
import care.whatmatters.query.Query;
import care.whatmatters.shared.PersonId;
import care.whatmatters.shared.PractitionerId;
import care.whatmatters.shared.StaleVersionException;
import care.whatmatters.socialprescribing.domain.MessageBack;
import care.whatmatters.socialprescribing.domain.OnwardReferral;
import care.whatmatters.socialprescribing.domain.Referral;
import care.whatmatters.socialprescribing.domain.ReferralEvent;
import care.whatmatters.socialprescribing.domain.WellbeingMeasure;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves referrals with their history, onward referrals and measures. Saving checks the version
 * the change started from in the same UPDATE that bumps it, so of two link workers acting on one referral at
 * once exactly one succeeds. History rows are only ever added.
 */
@Repository
public class ReferralRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReferralRows rows;
    private final Queries queries;

    ReferralRepository(JdbcClient jdbc, JsonMapper json, Queries queries) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = new ReferralRows(jdbc, json);
        this.queries = queries;
    }

    public Optional<Referral> find(PersonId person, UUID id) {
        return jdbc.sql("select * from sp_referral where person_id = ? and id = ?").params(person.value(), id)
                .query(rows::referral).optional();
    }

    public List<Referral> ofPerson(PersonId person) {
        return queries.one(ofPersonQuery(person));
    }

    /** As {@link #ofPerson}, as a query to send with others: four statements for any number of referrals. */
    public Query<List<Referral>> ofPersonQuery(PersonId person) {
        return rows.ofPerson(person);
    }

    /** A link worker's referrals that are not closed, oldest first. */
    public List<Referral> openFor(PractitionerId linkWorker) {
        return jdbc.sql("""
                select * from sp_referral where link_worker_id = ? and status <> 'CLOSED' order by received_at""")
                .param(linkWorker.value()).query(rows::referral).list();
    }

    /** Referrals no link worker has taken yet, oldest first. */
    public List<Referral> waiting(int limit) {
        return jdbc.sql("""
                select * from sp_referral where link_worker_id is null and status = 'RECEIVED'
                order by received_at limit ?""").param(limit).query(rows::referral).list();
    }

    public boolean awaitsLinkWorker(PersonId person) {
        return jdbc.sql("""
                select exists (select 1 from sp_referral where person_id = ? and link_worker_id is null
                  and status = 'RECEIVED')""").param(person.value()).query(Boolean.class).single();
    }

    public void insert(Referral r) {
        jdbc.sql("""
                insert into sp_referral (id, person_id, source, referred_by, referrer_practitioner, referrer_organisation,
                  reasons, needs, status, received_at, version, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(r.id(), r.person().value(), r.source().name(), r.referrer().signature(),
                        r.referrer().practitioner() == null ? null : r.referrer().practitioner().value(),
                        r.referrer().organisation(), r.reasons(), String.join(",", r.needs()), r.status().name(),
                        ts(r.receivedAt()), ts(r.updated().at()), r.updated().by())
                .update();
        saveParts(r);
    }

    public Referral save(Referral r, long expectedVersion) {
        int updated = jdbc.sql("""
                update sp_referral set status = ?, link_worker_id = ?, link_worker_name = ?,
                  taken_at = coalesce(taken_at, ?), plan_summary = ?, follow_up_due = ?, declined_reason = ?,
                  message_back = cast(? as jsonb), closed_at = ?, version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ?""")
                .params(r.status().name(), r.linkWorker() == null ? null : r.linkWorker().id().value(),
                        r.linkWorker() == null ? null : r.linkWorker().name(),
                        r.linkWorker() == null ? null : ts(r.updated().at()), r.record().planSummary(),
                        r.record().followUpDue(), r.record().declinedReason(), messageJson(r.messageBack()),
                        r.messageBack() == null ? null : ts(r.messageBack().sentAt()), ts(r.updated().at()),
                        r.updated().by(), r.id(), expectedVersion)
                .update();
        if (updated == 0) {
            long now = jdbc.sql("select version from sp_referral where id = ?").param(r.id()).query(Long.class).single();
            throw new StaleVersionException("This referral", expectedVersion, now);
        }
        saveParts(r);
        return r.savedAs(expectedVersion + 1);
    }

    private void saveParts(Referral r) {
        UUID person = r.person().value();
        for (ReferralEvent e : r.history()) {
            jdbc.sql("""
                    insert into sp_referral_event (id, person_id, referral_id, from_status, to_status, note, at, by_whom)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                    .params(e.id(), person, r.id(), e.from() == null ? null : e.from().name(), e.to().name(), e.note(),
                            ts(e.at().at()), e.at().by())
                    .update();
        }
        for (OnwardReferral o : r.onwardReferrals()) {
            jdbc.sql("""
                    insert into sp_onward_referral (id, person_id, referral_id, service_id, service_name,
                      organisation_name, note, status, answer_reason, sent_at, sent_by, answered_at, answered_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set status = excluded.status, answer_reason = excluded.answer_reason,
                      answered_at = excluded.answered_at, answered_by = excluded.answered_by""")
                    .params(o.id(), person, r.id(), o.serviceId(), o.serviceName(), o.organisationName(), o.note(),
                            o.status().name(), o.answerReason(), ts(o.sent().at()), o.sent().by(),
                            o.answered() == null ? null : ts(o.answered().at()),
                            o.answered() == null ? null : o.answered().by())
                    .update();
        }
        for (WellbeingMeasure m : r.record().measures()) {
            jdbc.sql("""
                    insert into sp_wellbeing_measure (id, person_id, referral_id, measure, timing, score, detail,
                      response_id, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                    .params(m.id(), person, r.id(), m.measure(), m.timing().name(), m.score(), m.detail(),
                            m.responseId(), ts(m.recorded().at()), m.recorded().by())
                    .update();
        }
    }

    private String messageJson(MessageBack message) {
        return message == null ? null : json.writeValueAsString(message);
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /**
     * Whose referral this is, and which referral, for a reader who knows only the id of the referral or of one of
     * its onward referrals (the access check comes after).
     */
    public Optional<Located> locate(UUID id) {
        return jdbc.sql("""
                select person_id, id as referral_id from sp_referral where id = :id
                union all select person_id, referral_id from sp_onward_referral where id = :id""")
                .param("id", id).query((rs, n) -> new Located(new PersonId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class))).optional();
    }

    public record Located(PersonId person, UUID referral) {
    }
}
