package care.whatmatters.directory.domain;

import care.whatmatters.shared.FieldProblem;
import care.whatmatters.shared.FreeText;
import care.whatmatters.shared.InputCheck;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The rules a service must meet before it is stored, whether typed by an editor or imported from a feed;
 * they are also what keeps every answer of the Open Referral API valid against the UK profile's schemas.
 */
public final class ServiceCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ServiceCheck() {
    }

    /** Every problem with the service, reported at once. */
    public static void check(CommunityService s) {
        InputCheck check = new InputCheck();
        check.required("id", s.id()).requiredText("name", s.name(), FreeText.LINE).required("status", s.status());
        info(check, s.info());
        organisation(check, s.organisation());
        eligibility(check, s.eligibility());
        check.that(s.costPerSession() == null || s.costPerSession().pence() >= 0, "costPerSession",
                "cannot be negative");
        email(check, "assurer_email", s.assurance().assurerEmail());
        for (int i = 0; i < s.locations().size(); i++) {
            location(check, "locations[" + i + "]", s.locations().get(i));
        }
        for (int i = 0; i < s.schedules().size(); i++) {
            Schedule sc = s.schedules().get(i);
            check.required("schedules[" + i + "].id", sc.id()).that(sc.opensAt() == null || sc.closesAt() == null
                    || sc.opensAt().isBefore(sc.closesAt()), "schedules[" + i + "]", "must close after it opens");
        }
        for (int i = 0; i < s.costOptions().size(); i++) {
            CostOption c = s.costOptions().get(i);
            check.required("cost_options[" + i + "].id", c.id()).that(c.amount() == null || c.amount().pence() >= 0,
                    "cost_options[" + i + "].amount", "cannot be negative");
        }
        for (int i = 0; i < s.terms().size(); i++) {
            TaxonomyTerm t = s.terms().get(i);
            check.required("taxonomy_terms[" + i + "].id", t.id())
                    .requiredText("taxonomy_terms[" + i + "].name", t.name(), FreeText.LINE)
                    .requiredText("taxonomy_terms[" + i + "].description", t.description(), FreeText.SHORT);
        }
        s.languages().forEach(l -> check.required("languages.id", l.id()));
        check.orThrow();
    }

    private static void info(InputCheck check, ServiceInfo info) {
        check.text("description", info.description(), FreeText.LONG).text("fees", info.fees(), FreeText.SHORT)
                .text("accreditations", info.accreditations(), FreeText.SHORT).text("alert", info.alert(), FreeText.SHORT);
        url(check, "url", info.url());
        email(check, "email", info.email());
    }

    private static void organisation(InputCheck check, DirectoryOrganisation o) {
        check.required("organization", o);
        if (o != null) {
            check.required("organization.id", o.id()).requiredText("organization.name", o.name(), FreeText.LINE)
                    .requiredText("organization.description", o.description(), FreeText.LONG);
            url(check, "organization.website", o.website());
            email(check, "organization.email", o.email());
        }
    }

    private static void eligibility(InputCheck check, Eligibility e) {
        check.that(e.minimumAge() == null || (e.minimumAge() >= 0 && e.minimumAge() <= 130), "minimum_age",
                        "must be an age from 0 to 130")
                .that(e.maximumAge() == null || (e.maximumAge() >= 0 && e.maximumAge() <= 130), "maximum_age",
                        "must be an age from 0 to 130")
                .that(e.minimumAge() == null || e.maximumAge() == null || e.minimumAge() <= e.maximumAge(),
                        "maximum_age", "cannot be below the minimum age")
                .text("eligibility", e.description(), FreeText.SHORT);
    }

    private static void location(InputCheck check, String field, ServiceLocation l) {
        check.required(field + ".id", l.id()).required(field + ".location_type", l.type());
        Address a = l.address();
        if (a != null) {
            check.required(field + ".address.id", a.id()).requiredText(field + ".address.address_1", a.line1(), FreeText.LINE)
                    .requiredText(field + ".address.city", a.city(), FreeText.LINE)
                    .requiredText(field + ".address.state_province", a.county(), FreeText.LINE)
                    .requiredText(field + ".address.postal_code", a.postcode(), 10)
                    .requiredText(field + ".address.country", a.country(), 2);
        }
        l.accessibility().forEach(x -> check.required(field + ".accessibility.id", x.id())
                .text(field + ".accessibility.description", x.description(), FreeText.SHORT));
    }

    static void url(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean ok;
        try {
            URI uri = new URI(value);
            ok = uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            ok = false;
        }
        check.that(ok, field, "must be a full web address starting with https://");
    }

    static void email(InputCheck check, String field, String value) {
        check.that(value == null || value.isBlank() || EMAIL.matcher(value).matches(), field,
                "must be an email address, such as hello@example.org");
    }

    /** The problems as "field message" lines, for an import report. */
    public static String describe(java.util.List<FieldProblem> problems) {
        return String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
    }
}
