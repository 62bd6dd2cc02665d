package care.whatmatters.reporting.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the reports count: the single place where each measure is defined, so that every report counts
 * the same thing once. Every measure counts <em>people</em>: a person counts once in a period however many
 * times the thing happened to them. See docs/reporting.md.
 */
public enum Measure {
    REGISTERED("People registered", "People with a record on the platform (the denominator for rates)."),
    PERSONALISED_CARE("People receiving personalised care",
            "People with at least one personalised care intervention in the period: an agreed care and support "
                    + "plan, a recorded shared decision, a social prescribing referral, a personal health budget "
                    + "or supported self-management."),
    PCSP_AGREED("Care and support plans agreed",
            "People whose personalised care and support plan was agreed with them (first agreement or a later one)."),
    SHARED_DECISION("Shared decisions recorded",
            "People who made a shared decision (chose one of the options discussed) that was recorded."),
    SP_REFERRAL("Social prescribing referrals", "People referred to social prescribing (any source, incl. self-referral)."),
    SP_CONNECTED("Social prescribing: connected",
            "People first connected to a community service by a link worker in the period."),
    SP_CLOSED("Social prescribing: closed", "People whose social prescribing referral was closed with a message back."),
    PHB("Personal health budgets",
            "People with a personal health budget in place at any time in the period (new or ongoing), by management "
                    + "mode; personal wheelchair budgets are counted separately."),
    PHB_NEW("Personal health budgets: new",
            "People whose personal health budget (not a wheelchair budget) was approved in the period."),
    PWB("Personal wheelchair budgets",
            "People with a personal wheelchair budget in place at any time in the period (counted separately)."),
    PWB_NEW("Personal wheelchair budgets: new", "People whose personal wheelchair budget was approved in the period."),
    SELF_MANAGEMENT("Supported self-management",
            "People with a health coaching, peer support or self-management education session in the period."),
    WELLBEING_IMPROVED("Wellbeing improved",
            "People with an ONS4 or SWEMWBS response in the period showing the measure's meaningful improvement "
                    + "over their first response (ONS4: a move into a better band; SWEMWBS: the configured change).");

    /** The measures that make a person count as receiving personalised care. */
    public static final Set<Measure> INTERVENTIONS = EnumSet.of(PCSP_AGREED, SHARED_DECISION, SP_REFERRAL, PHB, PWB,
            SELF_MANAGEMENT);

    private final String label;
    private final String definition;

    Measure(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public boolean isIntervention() {
        return INTERVENTIONS.contains(this);
    }

    /** A budget in place counts as a PHB, or a personal wheelchair budget as a PWB: never both. */
    public static Measure budgetInPlace(boolean wheelchair) {
        return wheelchair ? PWB : PHB;
    }

    /** A budget approved in the period, under the same split. */
    public static Measure budgetStarted(boolean wheelchair) {
        return wheelchair ? PWB_NEW : PHB_NEW;
    }
}
