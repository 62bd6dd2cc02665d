package care.whatmatters.budget.domain;

/**
 * Why the person may have a budget (domain brief §1.6). The first four are legal rights to have a personal
 * health budget (SI 2012/2996 reg 32A, as amended); an education, health and care plan gives a right to
 * request one (Children and Families Act 2014 s49); anything else is the local offer.
 */
public enum EligibilityBasis {
    CHC("NHS Continuing Healthcare (adults)", Right.TO_HAVE, "SI 2012/2996 reg 32A", 18, null),
    CCC("Continuing care for children", Right.TO_HAVE, "SI 2012/2996 reg 32A", null, 17),
    S117("Section 117 after-care (Mental Health Act 1983), not after a section 2 detention", Right.TO_HAVE,
            "SI 2012/2996 reg 32A, from 2 December 2019", null, null),
    WHEELCHAIR("Wheelchair services: a personal wheelchair budget", Right.TO_HAVE,
            "SI 2012/2996 reg 32A; NHS England legal rights guidance 2019", null, null),
    EHCP("Education, health and care plan: the family asked for a personal budget", Right.TO_REQUEST,
            "Children and Families Act 2014 s49", null, null),
    LOCAL("Local offer of the integrated care board", Right.LOCAL_OFFER, "local policy", null, null);

    /** What kind of entitlement the basis gives. */
    public enum Right {
        TO_HAVE("a legal right to have a personal health budget"),
        TO_REQUEST("a right to request a personal budget"),
        LOCAL_OFFER("offered locally, not a legal right");

        private final String meaning;

        Right(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    private final String label;
    private final Right right;
    private final String source;
    private final Integer minimumAge;
    private final Integer maximumAge;

    EligibilityBasis(String label, Right right, String source, Integer minimumAge, Integer maximumAge) {
        this.label = label;
        this.right = right;
        this.source = source;
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
    }

    public String label() {
        return label;
    }

    public Right right() {
        return right;
    }

    public String source() {
        return source;
    }

    /** Whether someone of this age (on the day the budget starts) can have a budget on this basis. */
    public boolean allowsAge(int age) {
        return (minimumAge == null || age >= minimumAge) && (maximumAge == null || age <= maximumAge);
    }

    /** The age rule in words, for the refusal; empty when there is none. */
    public String ageRule() {
        if (minimumAge != null) {
            return "is for people aged " + minimumAge + " or over";
        }
        return maximumAge == null ? "" : "is for children aged " + maximumAge + " or under";
    }
}
