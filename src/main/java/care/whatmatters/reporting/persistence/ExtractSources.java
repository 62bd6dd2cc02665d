package care.whatmatters.reporting.persistence;

import care.whatmatters.reporting.domain.BudgetRecord;
import care.whatmatters.reporting.domain.ReferralRecord;
import care.whatmatters.shared.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reporting's records of budgets and referrals, and the reads the extracts are made from. Every extract
 * read leaves out people who registered the national data opt-out (as they stand today) and voided records.
 */
@Repository
public class ExtractSources {

    private static final String EXTRACTABLE = "p.data_opt_out = false and p.voided = false";

    private final JdbcClient jdbc;

    ExtractSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void budgetApproved(UUID budget, PersonId person, String basis, String mode, boolean wheelchair,
            LocalDate on) {
        jdbc.sql("""
                insert into report_budget (budget_id, person_id, basis, mode, wheelchair, approved_on)
                values (?, ?, ?, ?, ?, ?)
                on conflict (budget_id) do update set mode = excluded.mode, stopped_on = null""")
                .params(budget, person.value(), basis, mode, wheelchair, on).update();
    }

    public void budgetStopped(UUID budget, LocalDate on) {
        jdbc.sql("update report_budget set stopped_on = ? where budget_id = ?").params(on, budget).update();
    }

    /** Budgets in force on the day (including those of opted-out people: counts, not extracts). */
    public List<BudgetRecord> budgetsInForce(LocalDate day) {
        return jdbc.sql("""
                select person_id, basis, mode, wheelchair, approved_on, stopped_on from report_budget
                where approved_on <= ? and (stopped_on is null or stopped_on >= ?)""")
                .params(day, day).query(ExtractSources::budget).list();
    }

    /** Budgets in place at any time between the days, of people whose data may be extracted. */
    public List<BudgetRecord> extractableBudgets(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select b.person_id, b.basis, b.mode, b.wheelchair, b.approved_on, b.stopped_on
                from report_budget b join report_person p on p.person_id = b.person_id
                where b.approved_on <= ? and (b.stopped_on is null or b.stopped_on >= ?) and\s""" + EXTRACTABLE)
                .params(to, from).query(ExtractSources::budget).list();
    }

    public void referred(UUID referral, PersonId person, String source, LocalDate on, UUID organisation) {
        jdbc.sql("""
                insert into report_sp_referral (referral_id, person_id, source, referred_on, organisation_id)
                values (?, ?, ?, ?, ?) on conflict (referral_id) do nothing""")
                .params(referral, person.value(), source, on, organisation).update();
    }

    public void connected(UUID referral, LocalDate on) {
        jdbc.sql("update report_sp_referral set connected_on = coalesce(connected_on, ?) where referral_id = ?")
                .params(on, referral).update();
    }

    public void closed(UUID referral, LocalDate on, String from, String measure, BigDecimal change) {
        jdbc.sql("""
                update report_sp_referral set closed_on = ?, closed_from = ?, wellbeing_measure = ?,
                  wellbeing_change = ? where referral_id = ?""")
                .params(on, from, measure, change, referral).update();
    }

    /** Referrals made between the days, of people whose data may be extracted, oldest first. */
    public List<ReferralRecord> extractableReferrals(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.referral_id, r.person_id, r.source, r.referred_on, r.connected_on, r.closed_on,
                  r.closed_from, r.wellbeing_measure, r.wellbeing_change, p.birth_month, p.sex, p.ethnic_group,
                  p.deprivation_decile, p.district
                from report_sp_referral r join report_person p on p.person_id = r.person_id
                where r.referred_on between ? and ? and\s""" + EXTRACTABLE + " order by r.referred_on, r.referral_id")
                .params(from, to)
                .query((rs, n) -> new ReferralRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                        (Integer) rs.getObject(13, Integer.class), rs.getString(14)))
                .list();
    }

    /**
     * People counted per month and measure (the measure's total, not its details) between the months, of
     * people whose data may be extracted: month start → measure → people.
     */
    public Map<LocalDate, Map<String, Long>> extractableMonthlyPeople(LocalDate fromMonth, LocalDate toMonth,
            List<String> measures) {
        Map<LocalDate, Map<String, Long>> out = new java.util.TreeMap<>();
        if (measures.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select f.period_start, f.measure, count(distinct f.person_id)
                from report_fact f join report_person p on p.person_id = f.person_id
                where f.period_kind = 'MONTH' and f.detail = '' and f.period_start between :from and :to
                  and f.measure in (:measures) and\s""" + EXTRACTABLE + " group by f.period_start, f.measure")
                .param("from", fromMonth).param("to", toMonth).param("measures", measures)
                .query((java.sql.ResultSet rs) -> {
                    out.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new java.util.TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return out;
    }

    private static BudgetRecord budget(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BudgetRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
    }
}
