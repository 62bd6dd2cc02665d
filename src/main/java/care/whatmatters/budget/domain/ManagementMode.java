package care.whatmatters.budget.domain;

/**
 * How the money for one costed line is managed; a budget whose lines use different modes is "mixed".
 * Integrated care boards must offer notional, third-party and direct payment (NHS England, options for
 * managing the money); a personal wheelchair budget can also be notional with a top-up, or third-party
 * with the person owning the chair (domain brief §1.6).
 */
public enum ManagementMode {
    NOTIONAL("Notional: the NHS holds the money and arranges the support", false),
    THIRD_PARTY("Third party: an organisation holds the money (individual service fund)", false),
    DIRECT_PAYMENT("Direct payment: the money is paid to the person or their representative", false),
    PWB_NOTIONAL_TOP_UP("Personal wheelchair budget, notional with a top-up from the person or a charity", true),
    PWB_THIRD_PARTY("Personal wheelchair budget, third party: the person owns the chair", true);

    private final String label;
    private final boolean wheelchairOnly;

    ManagementMode(String label, boolean wheelchairOnly) {
        this.label = label;
        this.wheelchairOnly = wheelchairOnly;
    }

    public String label() {
        return label;
    }

    public boolean wheelchairOnly() {
        return wheelchairOnly;
    }

    public boolean needsTopUp() {
        return this == PWB_NOTIONAL_TOP_UP;
    }
}
