package care.whatmatters.directory.domain;

/** A location's address, as Open Referral UK writes it ({@code state_province} is the county). */
public record Address(java.util.UUID id, String line1, String city, String county, String postcode,
        String country) {

    public String oneLine() {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {line1, city, postcode}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        return s.toString();
    }
}
