package care.whatmatters.directory.web;

import care.whatmatters.directory.ServiceForm;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.Schedule;
import care.whatmatters.directory.domain.ServiceLocation;
import java.util.List;

/** Fills the editor's form from a stored service. */
final class ServiceForms {

    private ServiceForms() {
    }

    static ServiceForm of(CommunityService s) {
        ServiceLocation l = s.mainLocation().orElse(null);
        Schedule sc = s.schedules().isEmpty() ? null : s.schedules().get(0);
        return new ServiceForm(s.name(), nz(s.info().description()), nz(s.info().url()), nz(s.info().email()),
                s.status().code(), s.capacity().status().name(),
                s.capacity().waitingWeeks() == null ? "" : s.capacity().waitingWeeks().toString(),
                s.costPerSession() == null ? "" : s.costPerSession().pounds().toPlainString(),
                s.eligibility().minimumAge() == null ? "" : s.eligibility().minimumAge().toString(),
                s.eligibility().maximumAge() == null ? "" : s.eligibility().maximumAge().toString(),
                nz(s.eligibility().description()),
                sc == null ? List.of() : sc.byDay().stream().filter(r -> r.ordinal() == 0).map(r -> r.code()).toList(),
                sc == null || sc.opensAt() == null ? "" : sc.opensAt().toString(),
                sc == null || sc.closesAt() == null ? "" : sc.closesAt().toString(),
                l == null ? "" : nz(l.name()), l == null || l.address() == null ? "" : nz(l.address().line1()),
                l == null || l.address() == null ? "" : nz(l.address().city()),
                l == null || l.address() == null ? "" : nz(l.address().county()),
                l == null || l.address() == null ? "" : nz(l.address().postcode()),
                l == null || l.accessibility().isEmpty() ? "" : nz(l.accessibility().get(0).description()),
                s.terms().isEmpty() ? "" : s.terms().get(0).id().toString());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
