package care.whatmatters.directory.domain;

/** What a service says about itself, and how to reach it. No named contacts: no personal data. */
public record ServiceInfo(String description, String url, String email, String fees, String accreditations,
        String alert) {
}
