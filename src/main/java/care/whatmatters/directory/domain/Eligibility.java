package care.whatmatters.directory.domain;

/** Who a service is for: an age range (in years) and any other conditions, in words. */
public record Eligibility(Integer minimumAge, Integer maximumAge, String description) {

    public static final Eligibility ANYONE = new Eligibility(null, null, null);

    public boolean isStated() {
        return minimumAge != null || maximumAge != null || (description != null && !description.isBlank());
    }
}
