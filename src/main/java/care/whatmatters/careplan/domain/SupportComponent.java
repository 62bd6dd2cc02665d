package care.whatmatters.careplan.domain;

/** Which component of the Comprehensive Model of Personalised Care an action uses. */
public enum SupportComponent {
    SOCIAL_PRESCRIBING("Social prescribing"),
    PERSONAL_HEALTH_BUDGET("Personal health budget"),
    SHARED_DECISION("Shared decision making"),
    SELF_MANAGEMENT("Supported self-management"),
    CHOICE("Choice"),
    OTHER("Other support");

    private final String label;

    SupportComponent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
