package care.whatmatters.population;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.copy.CopyManager;

/**
 * The rows of a chunk of people, table by table, copied in the order the foreign keys need (a person
 * before their plan, a plan before its goals, a ledger transaction before its entries).
 */
final class Chunk {

    private static final String[][] TABLES = {
        {"person", "id, nhs_number, given_name, family_name, date_of_birth, sex, ethnicity, postcode, "
                + "deprivation_decile, preferred_language, interpreter_needed, disability, data_opt_out, synthetic, "
                + "created_at, created_by, updated_at, updated_by"},
        {"about_me_version", "person_id, version, what_matters_to_me, people_important_to_me, how_i_communicate, "
                + "my_wellness, written_by, written_by_role, written_by_person, written_at"},
        {"care_team_member", "id, person_id, practitioner_id, team_role, is_lead, started_at, started_by"},
        {"care_plan", "id, person_id, status, version, agreed_version, review_date, contingency, created_at, "
                + "created_by, updated_at, updated_by"},
        {"plan_what_matters", "id, plan_id, person_id, position, text, created_at, created_by, updated_at, updated_by"},
        {"plan_goal", "id, plan_id, person_id, what_matters_id, position, text, created_at, created_by, updated_at, "
                + "updated_by"},
        {"plan_action", "id, plan_id, person_id, goal_id, position, description, owner, due_date, component, "
                + "progress, created_at, created_by, updated_at, updated_by"},
        {"care_plan_version", "plan_id, person_id, version_number, agreed_at, recorded_by, recorded_by_role, "
                + "person_agreed, participants, snapshot"},
        {"plan_comment", "id, plan_id, person_id, text, author, author_role, by_person, created_at"},
        {"outcome_response", "id, person_id, measure, answered_on, answers, scores, by_person, recorded_at, recorded_by"},
        {"shared_decision", "id, person_id, question, what_matters_most, options, participants, status, "
                + "chosen_option, reasons, decided_at, decided_by, service, version, created_at, created_by"},
        {"monitoring_consent", "id, person_id, source, name, by_person, given_at, given_by"},
        {"monitoring_reading", "id, person_id, kind, value, second_value, effective_at, source, source_id, received_at"},
        {"sp_referral", "id, person_id, source, referred_by, reasons, needs, status, link_worker_id, link_worker_name, taken_at, "
                + "plan_summary, follow_up_due, received_at, closed_at, version, updated_at, updated_by"},
        {"sp_referral_event", "id, person_id, referral_id, from_status, to_status, note, at, by_whom"},
        {"budget", "id, person_id, version, title, basis, eligibility_note, coordinator, starts_on, status, "
                + "approved_on, next_review_due, created_at, created_by, updated_at, updated_by"},
        {"budget_funder", "id, budget_id, person_id, position, kind, name, created_at, created_by"},
        {"budget_line", "id, budget_id, person_id, position, plan_action_id, description, provider, unit_cost_pence, "
                + "quantity_hundredths, cost_pence, mode, approved_pence, created_at, created_by, updated_at, updated_by"},
        {"budget_line_funding", "line_id, funder_id, budget_id, person_id, position, amount_pence"},
        {"ledger_transaction", "id, budget_id, person_id, kind, value_date, description, line_id, counterparty, "
                + "idempotency_key, recorded_at, recorded_by"},
        {"ledger_entry", "transaction_id, position, budget_id, person_id, account_type, funder_id, line_id, side, "
                + "amount_pence"},
        {"audit_event", "id, occurred_at, person_id, actor_account, actor_username, actor_name, actor_role, action, "
                + "resource, outcome, basis, reason"},
        {"audit_seal", "chain_seq, entry_id, chain_hash"},
        {"report_person", "person_id, district, deprivation_decile, ethnic_group, birth_month, sex, disability, "
                + "digitally_excluded, data_opt_out, synthetic, voided"},
        {"report_fact", "person_id, measure, detail, period_kind, period_start, occurred_on, organisation_id, "
                + "district, place, ics, deprivation_decile, ethnic_group, age_band, sex, disability, digital, "
                + "data_opt_out, aggregated"}};

    /** The tables a chunk writes, in the order they are copied. */
    static java.util.List<String> tableNames() {
        return java.util.Arrays.stream(TABLES).map(table -> table[0]).toList();
    }

    private final Map<String, CopyTable> tables = new LinkedHashMap<>();
    private final java.util.List<java.util.UUID> personIds = new java.util.ArrayList<>();
    private final CountFold counts;
    final long firstIndex;
    final int people;

    Chunk(long firstIndex, int people, CountFold.Names cells) {
        this.counts = new CountFold(cells);
        this.firstIndex = firstIndex;
        this.people = people;
        for (String[] table : TABLES) {
            tables.put(table[0], new CopyTable(table[0], table[1]));
        }
    }

    CopyTable table(String name) {
        CopyTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No table " + name + " in a chunk");
        }
        return table;
    }

    private final java.util.List<care.whatmatters.audit.AuditEntry> audit = new java.util.ArrayList<>();

    /** An audit entry, sealed into the chain only when the chunk's turn comes (chunks are made in parallel). */
    void audit(care.whatmatters.audit.AuditEntry entry) {
        audit.add(entry);
    }

    /** Seals this chunk's audit entries onto the chain, in the order they were made, and writes them. */
    void seal(care.whatmatters.audit.BulkAuditChain chain) {
        CopyTable entries = table("audit_event");
        CopyTable seals = table("audit_seal");
        for (care.whatmatters.audit.AuditEntry e : audit) {
            care.whatmatters.audit.BulkAuditChain.Seal seal = chain.seal(e);
            entries.row(e.id(), e.occurredAt(), e.personId().value(), e.actor().accountId(), e.actor().username(),
                    e.actor().name(), e.actor().role(), e.action().name(), e.resource(), e.allowed() ? "ALLOWED" : "DENIED",
                    e.basis().name(), e.reason());
            seals.row(seal.sequence(), e.id(), seal.hash());
        }
        audit.clear();
    }

    /** The dashboard's counts for this chunk's facts. */
    CountFold counts() {
        return counts;
    }

    void added(java.util.UUID person) {
        personIds.add(person);
    }

    java.util.List<java.util.UUID> personIds() {
        return personIds;
    }

    long rows() {
        return tables.values().stream().mapToLong(CopyTable::count).sum();
    }

    /** Copies every table, adding the time each took to {@code millis} (where a load spends its time). */
    void copy(CopyManager copy, Map<String, Long> millis) throws SQLException, IOException {
        for (CopyTable table : tables.values()) {
            long start = System.nanoTime();
            table.copy(copy);
            millis.merge(table.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name(), t.count()));
        return counts;
    }
}
