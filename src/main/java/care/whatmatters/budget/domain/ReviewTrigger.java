package care.whatmatters.budget.domain;

/** Why someone asked for a review before it was due (domain brief §1.6: health changed, payments not enough). */
public enum ReviewTrigger {
    HEALTH_CHANGED("The person's health or circumstances changed significantly"),
    NOT_ENOUGH("The budget is not enough to meet the person's needs"),
    NOT_WORKING("The support bought is not working for the person"),
    PERSON_ASKED("The person asked for a review"),
    OTHER("Another reason (explained below)");

    private final String label;

    ReviewTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
